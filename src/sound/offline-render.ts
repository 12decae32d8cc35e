// Renders the soundscape faster than real time on an OfflineAudioContext: the same graph the
// game plays, so its levels and its heartbeat can be measured from the samples (the browser
// tests do; so can anyone who wants to hear it, from a WAV).
import type { Place, TimeOfDay } from '../core/protocol.ts';
import { buildSoundscape, type CueKind, type SoundLevels } from './soundscape.ts';

export interface RenderRequest {
  alarm: number;
  seconds: number;
  sampleRate?: number;
  place?: Place;
  time?: TimeOfDay;
  levels?: SoundLevels;
  /** Cues to play, at seconds from the start. */
  cues?: { at: number; kind: CueKind }[];
}

/** Mono samples of the rendered soundscape, as little-endian float32 bytes in base64 (cheap to hand out of the page). */
export async function renderSoundscape(r: RenderRequest): Promise<{ sampleRate: number; base64: string }> {
  const sampleRate = r.sampleRate ?? 22050;
  const ctx = new OfflineAudioContext(1, Math.ceil(r.seconds * sampleRate), sampleRate);
  const scape = buildSoundscape(ctx, r.levels ?? { room: 0.5, heart: 0.7, cues: 0.6 }, {
    place: r.place ?? 'living-room',
    time: r.time ?? 'evening',
    alarm: r.alarm,
  });
  for (const cue of r.cues ?? []) {
    void ctx.suspend(cue.at).then(() => {
      scape.cue(cue.kind);
      return ctx.resume();
    });
  }
  const rendered = await ctx.startRendering();
  const bytes = new Uint8Array(rendered.getChannelData(0).buffer);
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return { sampleRate, base64: btoa(binary) };
}
