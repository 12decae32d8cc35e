// The soundscape's pure parts: the heartbeat's rate and loudness follow alarm, every place
// and time of day has its room tone, and src/sound depends on src/core only.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PLACES, TIMES } from '../../src/core/protocol.ts';
import { ALARM_BPM, beatInterval, beatsPerMinute, CALM_BPM, heartLevel } from '../../src/sound/heartbeat.ts';
import { roomTone } from '../../src/sound/room-tone.ts';

describe('the heartbeat', () => {
  it('beats 60 a minute when calm and 120 at alarm 10, one interval per beat', () => {
    expect(beatsPerMinute(0)).toBe(CALM_BPM);
    expect(beatsPerMinute(10)).toBe(ALARM_BPM);
    expect(beatsPerMinute(5)).toBe(90);
    expect(beatInterval(0)).toBe(1);
    expect(beatInterval(10)).toBe(0.5);
  });

  it('never slows down or grows quieter as alarm rises, and stays in range whatever alarm is', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: false }), fc.double({ noNaN: false }), (a, b) => {
        const [low, high] = a <= b ? [a, b] : [b, a];
        for (const value of [beatsPerMinute(low), beatsPerMinute(high)]) {
          expect(value).toBeGreaterThanOrEqual(CALM_BPM);
          expect(value).toBeLessThanOrEqual(ALARM_BPM);
        }
        if (Number.isFinite(low) && Number.isFinite(high)) {
          expect(beatsPerMinute(high)).toBeGreaterThanOrEqual(beatsPerMinute(low));
          expect(heartLevel(high)).toBeGreaterThanOrEqual(heartLevel(low));
        }
        expect(heartLevel(a)).toBeGreaterThan(0);
        expect(heartLevel(a)).toBeLessThanOrEqual(1);
      }),
    );
  });
});

describe('the room tone', () => {
  it('has a tone for every place and time of day, darker and quieter at night', () => {
    for (const place of PLACES) {
      for (const time of TIMES) {
        const tone = roomTone(place, time);
        expect(tone.cutoff).toBeGreaterThan(100);
        expect(tone.noise).toBeGreaterThan(0);
        expect(tone.noise).toBeLessThanOrEqual(1);
        expect(tone.droneLevel).toBeLessThanOrEqual(1);
      }
      expect(roomTone(place, 'night').noise).toBeLessThan(roomTone(place, 'day').noise);
      expect(roomTone(place, 'night').drone).toBeLessThan(roomTone(place, 'morning').drone);
    }
    expect(roomTone('street', 'day').cutoff).toBeGreaterThan(roomTone('bedroom', 'day').cutoff);
  });
});

describe('src/sound', () => {
  it('imports only src/core and its own modules (a presenter, like the stage)', () => {
    const dir = join(import.meta.dirname, '../../src/sound');
    const files = readdirSync(dir).filter((f) => f.endsWith('.ts'));
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) {
      const source = readFileSync(join(dir, file), 'utf8');
      for (const [, from] of source.matchAll(/^import[^'"]*['"]([^'"]+)['"]/gm)) {
        expect(from, `${file} imports ${from}`).toMatch(/^(\.\/|\.\.\/core\/)/);
      }
    }
  });
});
