// The heartbeat: its rate and loudness follow `alarm`, from a calm 60 beats a minute to 120
// at the top. One synthesized lub-dub sits at the start of a buffer that loops; the loop's
// length is the beat interval, so a new rate is one property change on the audio thread
// and nothing runs on the main thread per beat.

export const CALM_BPM = 60;
export const ALARM_BPM = 120;
const ALARM_TOP = 10;

const clampAlarm = (alarm: number) => Math.max(0, Math.min(ALARM_TOP, Number.isFinite(alarm) ? alarm : 0));

export function beatsPerMinute(alarm: number): number {
  return CALM_BPM + ((ALARM_BPM - CALM_BPM) * clampAlarm(alarm)) / ALARM_TOP;
}

/** Seconds from one beat to the next. */
export function beatInterval(alarm: number): number {
  return 60 / beatsPerMinute(alarm);
}

/** Loudness of the heartbeat before the player's volume: felt when calm, plain when alarmed. */
export function heartLevel(alarm: number): number {
  return 0.35 + (0.65 * clampAlarm(alarm)) / ALARM_TOP;
}

/** A soft thump: a low tone that drops a little in pitch, with a quick attack and a short decay. */
function thump(data: Float32Array, sampleRate: number, o: { at: number; gain: number; pitch: number }): void {
  const start = Math.round(o.at * sampleRate);
  const length = Math.min(data.length - start, Math.round(0.22 * sampleRate));
  let phase = 0;
  for (let i = 0; i < length; i++) {
    const t = i / sampleRate;
    const envelope = (1 - Math.exp(-t / 0.006)) * Math.exp(-t / 0.05);
    phase += (2 * Math.PI * o.pitch * (1 - 0.25 * Math.min(1, t / 0.12))) / sampleRate;
    // The second harmonic lets small laptop and phone speakers carry the beat too.
    const tone = Math.sin(phase) + 0.35 * Math.sin(2 * phase);
    data[start + i] = (data[start + i] ?? 0) + o.gain * envelope * tone;
  }
}

/** One lub-dub followed by silence, long enough for the slowest beat. */
export function heartbeatBuffer(ctx: BaseAudioContext): AudioBuffer {
  const rate = ctx.sampleRate;
  const buffer = ctx.createBuffer(1, Math.ceil(rate * (60 / CALM_BPM + 0.05)), rate);
  const data = buffer.getChannelData(0);
  thump(data, rate, { at: 0, gain: 0.62, pitch: 55 });
  thump(data, rate, { at: 0.17, gain: 0.38, pitch: 48 });
  return buffer;
}
