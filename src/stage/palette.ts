// Colours of the stage: calm and warm, with light that follows the time of day.
import type { TimeOfDay } from '../core/protocol.ts';

export interface Light {
  wall: number;
  floor: number;
  sky: number;
  skyLow: number;
  /** Warm lamp light in the room (0 = daylight only). */
  lamp: number;
  shade: number;
}

export const LIGHT: Record<TimeOfDay, Light> = {
  morning: { wall: 0xf3e6d3, floor: 0xd9c2a3, sky: 0xf9dcb8, skyLow: 0xcfe3ea, lamp: 0, shade: 0x8a7560 },
  day: { wall: 0xf1eadf, floor: 0xd4bf9f, sky: 0xb9dbea, skyLow: 0xe3f0f2, lamp: 0, shade: 0x7f6f5c },
  evening: { wall: 0xe9cfb4, floor: 0xc29f7c, sky: 0xef9f6a, skyLow: 0x8e6b8f, lamp: 0.35, shade: 0x6e5544 },
  night: { wall: 0x5b5363, floor: 0x463e4a, sky: 0x1d2643, skyLow: 0x2f3a5c, lamp: 0.55, shade: 0x2c2630 },
};

export const COLORS = {
  loved: 0xc2694a,
  lovedShade: 0x9c4f36,
  you: 0x4d8587,
  youShade: 0x386466,
  calm: 0xf2c572,
  alarm: 0xd9452b,
  reserve: 0x8fd0c4,
  thread: 0xf7e3b5,
  furniture: 0x9b7b63,
  furnitureLight: 0xb89a80,
  lampGlow: 0xffd9a0,
  phone: 0x2b2730,
  bubbleIn: 0xf4efe8,
  bubbleOut: 0x9fd3c7,
} as const;

/** Linear blend of two 0xRRGGBB colours. */
export function mix(a: number, b: number, t: number): number {
  const k = Math.max(0, Math.min(1, t));
  const ch = (shift: number) => {
    const x = (a >> shift) & 0xff;
    const y = (b >> shift) & 0xff;
    return Math.round(x + (y - x) * k) << shift;
  };
  return ch(16) | ch(8) | ch(0);
}
