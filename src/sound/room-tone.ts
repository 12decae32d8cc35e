// The room tone: what a place sounds like at a time of day, from filtered noise (the air,
// traffic, wind) and a soft low drone (the house, the light). Quiet by design: it sits
// under the story, never in front of it.
import type { Place, TimeOfDay } from '../core/protocol.ts';

export interface RoomTone {
  /** Low-pass cut-off of the noise, in Hz: closed rooms are dark, outside is open. */
  cutoff: number;
  /** Level of the noise, 0-1. */
  noise: number;
  /** Frequency of the drone, in Hz. */
  drone: number;
  /** Level of the drone, 0-1. */
  droneLevel: number;
}

const PLACES: Record<Place, { cutoff: number; noise: number }> = {
  kitchen: { cutoff: 700, noise: 0.55 },
  'living-room': { cutoff: 450, noise: 0.5 },
  bedroom: { cutoff: 300, noise: 0.4 },
  hallway: { cutoff: 600, noise: 0.45 },
  balcony: { cutoff: 1300, noise: 0.7 },
  street: { cutoff: 1700, noise: 0.85 },
  park: { cutoff: 2200, noise: 0.6 },
  cafe: { cutoff: 1500, noise: 0.8 },
  office: { cutoff: 1000, noise: 0.6 },
};

const TIMES: Record<TimeOfDay, { drone: number; level: number }> = {
  morning: { drone: 196, level: 1 },
  day: { drone: 174.6, level: 1 },
  evening: { drone: 130.8, level: 0.85 },
  night: { drone: 98, level: 0.6 },
};

export function roomTone(place: Place, time: TimeOfDay): RoomTone {
  const p = PLACES[place] ?? PLACES['living-room'];
  const d = TIMES[time] ?? TIMES.evening;
  return { cutoff: p.cutoff, noise: p.noise * d.level, drone: d.drone, droneLevel: 0.5 * d.level };
}

/** A few seconds of soft (brown) noise to loop; seeded, so a render is the same each time. */
export function noiseBuffer(ctx: BaseAudioContext, seconds = 3): AudioBuffer {
  const buffer = ctx.createBuffer(1, Math.ceil(ctx.sampleRate * seconds), ctx.sampleRate);
  const data = buffer.getChannelData(0);
  let seed = 0x9e3779b9;
  let last = 0;
  for (let i = 0; i < data.length; i++) {
    // mulberry32
    seed = (seed + 0x6d2b79f5) | 0;
    let x = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    x = (x + Math.imul(x ^ (x >>> 7), 61 | x)) ^ x;
    const white = ((x ^ (x >>> 14)) >>> 0) / 4294967296 - 0.5;
    last = (last + 0.04 * white) / 1.01;
    data[i] = last * 6;
  }
  // Fade the ends into each other so the loop has no click.
  const fade = Math.min(data.length >> 1, Math.round(ctx.sampleRate * 0.05));
  for (let i = 0; i < fade; i++) {
    const k = i / fade;
    const end = data.length - fade + i;
    data[end] = (data[end] ?? 0) * (1 - k) + (data[i] ?? 0) * k;
  }
  return buffer;
}
