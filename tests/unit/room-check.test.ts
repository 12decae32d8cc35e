// The room's self-check counts: every answer counted once per phone, nothing shown below
// five phones, and a CSV with the day only and no device ids; and the facilitator's state.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Answers } from '../../src/core/self-check.ts';
import { LEVELS, SELF_CHECK_ITEMS } from '../../src/core/self-check-items.ts';
import { SELF_CHECK_TEXTS } from '../../src/core/self-check-texts.ts';
import { workshopEn } from '../../src/ui/workshop/i18n-en.ts';
import type { FacilitatorRelay } from '../../src/workshop/relay-client.ts';
import { roomCheckReport } from '../../src/workshop/report.ts';
import { emptyCounts, MIN_RESPONDENTS, RoomCheckTally, type RoomMoment, roomCheckCsv, spread } from '../../src/workshop/room-check.ts';
import { RoomCheckState } from '../../src/workshop/room-check-state.ts';

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

describe("the facilitator's side of the room self-check", () => {
  /** A relay as the facilitator's page sees it: its last room message and the events it fires. */
  const fakeRelay = (check: RoomMoment | null) => {
    const handlers = new Map<string, (payload: never) => void>();
    const sent: string[] = [];
    const relay = {
      room: { check },
      on: (event: string, handler: (payload: never) => void) => {
        handlers.set(event, handler);
        return { close: () => undefined };
      },
      openCheck: (moment: RoomMoment) => sent.push(`open ${moment}`),
      closeCheck: () => sent.push('close'),
    };
    const fire = (event: string, payload: unknown) => handlers.get(event)?.(payload as never);
    return { relay: relay as unknown as FacilitatorRelay, sent, fire };
  };
  const counts = (respondents: number) => ({ ...emptyCounts(), respondents });

  it('asks, follows the relay after a reload, redraws on counts, and shows a spread only from five phones', () => {
    let redraws = 0;
    const state = new RoomCheckState(() => redraws++);
    // The facilitator's page reloaded while the start was being asked: the relay says so.
    const { relay, sent, fire } = fakeRelay('start');
    state.listen(relay);
    expect(state.asking).toBe('start');
    expect(state.screen()).toEqual({ mode: null, moments: { start: null, end: null }, asking: { moment: 'start', respondents: 0 } });
    fire('check-counts', { moment: 'start', ...counts(4) });
    expect(state.changes).toBe(1);
    state.toggle('spread');
    expect(state.screen()?.moments.start).toEqual({ shown: false, respondents: 4 });
    fire('check-counts', { moment: 'start', ...counts(5) });
    expect(state.screen()?.moments.start).toMatchObject({ shown: true });
    state.close(relay);
    state.open(relay, 'end');
    expect(sent).toEqual(['close', 'open end']);
    expect(state.screen()?.asking).toEqual({ moment: 'end', respondents: 0 });
    state.toggle('spread');
    state.close(relay);
    expect(state.screen()).toBeNull();
    expect(redraws).toBe(state.changes);
  });
});
