// The audio graph of the soundscape, on any BaseAudioContext: the live AudioContext while
// playing, an OfflineAudioContext when rendering to check it. Three buses (room, heartbeat,
// cues) with their own volumes meet in a master gain and a limiter, so nothing clips.
import type { Place, TimeOfDay } from '../core/protocol.ts';
import { beatInterval, heartbeatBuffer, heartLevel } from './heartbeat.ts';
import { noiseBuffer, roomTone } from './room-tone.ts';

/** The player's volumes, 0-1 each. */
export interface SoundLevels {
  room: number;
  heart: number;
  cues: number;
}

/** The thread between the two strengthened or frayed. */
export type CueKind = 'closer' | 'apart';

export interface SoundScene {
  place: Place;
  time: TimeOfDay;
  alarm: number;
}

export interface Soundscape {
  setScene(scene: SoundScene): void;
  setLevels(levels: SoundLevels): void;
  cue(kind: CueKind): void;
  /** Fade out and stop every source; the graph cannot start again. */
  stop(): void;
}

// Headroom: the buses at full volume stay well below full scale.
const ROOM_SCALE = 0.22;
const HEART_SCALE = 0.85;
const CUE_SCALE = 0.3;
/** Seconds for a change of room, level or alarm to settle (a time constant). */
const GLIDE = 0.6;
const FADE_IN = 1.5;
const NOISE_LOOP_START = 0.05;

const CUE_NOTES: Record<CueKind, readonly number[]> = {
  // A rising major third when the thread strengthens, a falling minor third when it frays.
  closer: [392, 493.9],
  apart: [392, 329.6],
};

function buildRoom(ctx: BaseAudioContext, bus: AudioNode) {
  const noise = ctx.createBufferSource();
  noise.buffer = noiseBuffer(ctx);
  noise.loop = true;
  noise.loopStart = NOISE_LOOP_START;
  const filter = ctx.createBiquadFilter();
  filter.type = 'lowpass';
  filter.Q.value = 0.5;
  const noiseGain = ctx.createGain();
  noise.connect(filter).connect(noiseGain).connect(bus);
  const droneGain = ctx.createGain();
  // Two slightly detuned tones a fifth apart beat slowly against each other: a hum, not a note.
  const drones = [1, 1.5].map((ratio, i) => {
    const osc = ctx.createOscillator();
    osc.type = 'sine';
    osc.detune.value = i === 0 ? -4 : 5;
    const gain = ctx.createGain();
    gain.gain.value = i === 0 ? 0.6 : 0.25;
    osc.connect(gain).connect(droneGain);
    return { osc, ratio };
  });
  droneGain.connect(bus);
  return {
    sources: [noise, ...drones.map((d) => d.osc)],
    /** Glide to a place and time of day; `at` null sets them at once (the first scene). */
    set(place: Place, time: TimeOfDay, at: number | null) {
      const tone = roomTone(place, time);
      const to = (param: AudioParam, value: number) => {
        if (at === null) param.value = value;
        else param.setTargetAtTime(value, at, GLIDE);
      };
      to(filter.frequency, tone.cutoff);
      to(noiseGain.gain, tone.noise);
      to(droneGain.gain, tone.droneLevel * 0.3);
      for (const d of drones) to(d.osc.frequency, tone.drone * d.ratio * 0.5);
    },
  };
}

function playCue(ctx: BaseAudioContext, bus: AudioNode, kind: CueKind): void {
  const start = ctx.currentTime + 0.02;
  CUE_NOTES[kind].forEach((frequency, i) => {
    const at = start + i * 0.18;
    const osc = ctx.createOscillator();
    osc.type = 'triangle';
    osc.frequency.value = frequency;
    const envelope = ctx.createGain();
    envelope.gain.setValueAtTime(0, at);
    envelope.gain.linearRampToValueAtTime(0.5, at + 0.03);
    envelope.gain.setTargetAtTime(0, at + 0.05, 0.18);
    osc.connect(envelope).connect(bus);
    osc.start(at);
    osc.stop(at + 1.2);
  });
}

export function buildSoundscape(ctx: BaseAudioContext, levels: SoundLevels, scene: SoundScene): Soundscape {
  const limiter = ctx.createDynamicsCompressor();
  limiter.threshold.value = -6;
  limiter.knee.value = 6;
  limiter.ratio.value = 12;
  limiter.attack.value = 0.003;
  limiter.release.value = 0.25;
  const master = ctx.createGain();
  master.gain.setValueAtTime(0, ctx.currentTime);
  master.gain.linearRampToValueAtTime(1, ctx.currentTime + FADE_IN);
  master.connect(limiter).connect(ctx.destination);
  const bus = (scale: number) => {
    const gain = ctx.createGain();
    gain.connect(master);
    return { gain, scale };
  };
  const buses = { room: bus(ROOM_SCALE), heart: bus(HEART_SCALE), cues: bus(CUE_SCALE) };

  const room = buildRoom(ctx, buses.room.gain);
  const heartAlarm = ctx.createGain();
  heartAlarm.connect(buses.heart.gain);
  const heart = ctx.createBufferSource();
  heart.buffer = heartbeatBuffer(ctx);
  heart.loop = true;
  heart.connect(heartAlarm);

  const setLevels = (next: SoundLevels, at: number | null) => {
    for (const name of ['room', 'heart', 'cues'] as const) {
      const level = Math.max(0, Math.min(1, next[name])) * buses[name].scale;
      if (at === null) buses[name].gain.gain.value = level;
      else buses[name].gain.gain.setTargetAtTime(level, at, 0.05);
    }
  };
  const setScene = (next: SoundScene, at: number | null) => {
    room.set(next.place, next.time, at);
    heart.loopEnd = beatInterval(next.alarm);
    if (at === null) heartAlarm.gain.value = heartLevel(next.alarm);
    else heartAlarm.gain.setTargetAtTime(heartLevel(next.alarm), at, GLIDE);
  };
  // The first values apply from the very start, not after a glide.
  setScene(scene, null);
  setLevels(levels, null);
  const now = ctx.currentTime;
  const sources = [...room.sources, heart];
  for (const source of sources) source.start(now);

  let stopped = false;
  return {
    setScene: (next) => setScene(next, ctx.currentTime),
    setLevels: (next) => setLevels(next, ctx.currentTime),
    cue(kind) {
      if (!stopped) playCue(ctx, buses.cues.gain, kind);
    },
    stop() {
      if (stopped) return;
      stopped = true;
      const at = ctx.currentTime;
      master.gain.cancelScheduledValues(at);
      master.gain.setValueAtTime(master.gain.value, at);
      master.gain.linearRampToValueAtTime(0, at + 0.3);
      for (const source of sources) source.stop(at + 0.35);
    },
  };
}
