// The room's self-check counts: every answer counted once per phone, nothing shown below
// five phones, and a CSV with the day only and no device ids.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Answers } from '../../src/core/self-check.ts';
import { LEVELS, SELF_CHECK_ITEMS, SELF_CHECK_TEXTS } from '../../src/core/self-check-items.ts';
import { workshopEn } from '../../src/ui/workshop/i18n-en.ts';
import { roomCheckReport } from '../../src/workshop/report.ts';
import { MIN_RESPONDENTS, RoomCheckTally, roomCheckCsv, spread } from '../../src/workshop/room-check.ts';

const answers: fc.Arbitrary<Answers> = fc.record(
  Object.fromEntries(SELF_CHECK_ITEMS.map((i) => [i, fc.constantFrom(...LEVELS)])) as Record<string, fc.Arbitrary<(typeof LEVELS)[number]>>,
  { requiredKeys: [] },
);

describe('the room self-check tally', () => {
  it('counts the latest answers of each phone exactly once, over any sequence of answers', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom('p1', 'p2', 'p3', 'p4', 'p5', 'p6'), answers), { maxLength: 40 }), (sequence) => {
        const tally = new RoomCheckTally();
        const latest = new Map<string, Answers>();
        for (const [phone, a] of sequence) {
          tally.answer(phone, a);
          if (Object.keys(a).length > 0) latest.set(phone, a);
        }
        const counts = tally.counts();
        expect(counts.respondents).toBe(latest.size);
        for (const item of SELF_CHECK_ITEMS) {
          const expected = LEVELS.map((level) => [...latest.values()].filter((a) => a[item] === level).length);
          expect(counts.items[item]).toEqual(expected);
        }
        expect(spread(counts).shown).toBe(latest.size >= MIN_RESPONDENTS);
      }),
    );
  });

  it('exports counts as CSV with the day only, and withholds a moment of fewer than five phones', () => {
    const start = new RoomCheckTally();
    const end = new RoomCheckTally();
    for (const phone of ['device-a', 'device-b', 'device-c', 'device-d', 'device-e']) start.answer(phone, { silence: 'mostly' });
    for (const phone of ['device-a', 'device-b', 'device-c', 'device-d']) end.answer(phone, { silence: 'a-little' });
    const csv = roomCheckCsv({ date: Date.UTC(2026, 11, 3, 14, 37, 12), moments: { start: start.counts(), end: end.counts() } });
    const rows = csv.trimEnd().split('\r\n');
    expect(rows[0]).toBe('day,moment,statement,not-at-all,a-little,partly,mostly,completely,respondents');
    expect(rows).toContain('2026-12-03,start,silence,0,0,0,5,0,5');
    expect(rows).toContain('2026-12-03,end,silence,,,,,,fewer than 5');
    expect(rows).toHaveLength(1 + 2 * SELF_CHECK_ITEMS.length);
    expect(csv).not.toMatch(/\d\d:\d\d|T\d/);
    expect(csv).not.toContain('device');
  });
});

describe('the room self-check in the session report', () => {
  it('holds the counts of a moment of five phones and says why a moment of four is hidden', () => {
    const start = new RoomCheckTally();
    const end = new RoomCheckTally();
    for (const phone of ['device-a', 'device-b', 'device-c', 'device-d', 'device-e']) start.answer(phone, { support: 'partly' });
    for (const phone of ['device-a', 'device-b', 'device-c', 'device-d']) end.answer(phone, { support: 'mostly' });
    const labels = {
      heading: workshopEn.roomCheck.heading,
      moments: workshopEn.roomCheck.moments,
      statements: SELF_CHECK_TEXTS.en.statements,
      levels: SELF_CHECK_TEXTS.en.levels,
      hidden: workshopEn.roomCheck.hidden,
    };
    const report = roomCheckReport({ start: start.counts(), end: end.counts() }, labels);
    expect(report?.moments.map((m) => m.label)).toEqual(['At the start', 'At the end']);
    expect(report?.moments[0]?.lines).toContain(
      `${SELF_CHECK_TEXTS.en.statements.support} Not at all: 0, A little: 0, Partly: 5, Mostly: 0, Completely: 0`,
    );
    expect(report?.moments[1]?.lines).toEqual([workshopEn.roomCheck.hidden(4)]);
    expect(roomCheckReport({ start: null, end: null }, labels)).toBeNull();
    expect(JSON.stringify(report)).not.toContain('device');
  });
});
