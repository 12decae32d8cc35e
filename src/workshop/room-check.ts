// The self-check in the room: phones answer the same statements anonymously at the start
// and at the end of a workshop. Only counts ever leave this module: how many phones chose
// each point of the scale, per statement. A spread of fewer than five phones is not shown
// (so no one's answer can be picked out), and the CSV export says so instead of counting.
import type { Answers } from '../core/self-check.ts';
import { LEVELS, SELF_CHECK_ITEMS, type SelfCheckItem } from '../core/self-check-items.ts';

export const ROOM_MOMENTS = ['start', 'end'] as const;
export type RoomMoment = (typeof ROOM_MOMENTS)[number];

/** One phone's answers for a moment (what the relay takes in, counts and forgets). */
export type RoomAnswers = Answers;

/** Below this many phones a moment's spread stays hidden. */
export const MIN_RESPONDENTS = 5;

export interface RoomCheckCounts {
  /** Phones that answered at least one statement. */
  respondents: number;
  /** Per statement, the number of phones at each point of the scale (in LEVELS order). */
  items: Record<SelfCheckItem, number[]>;
}

export const emptyCounts = (): RoomCheckCounts => ({
  respondents: 0,
  items: Object.fromEntries(SELF_CHECK_ITEMS.map((item) => [item, LEVELS.map(() => 0)])) as Record<SelfCheckItem, number[]>,
});

/** One moment's answers, one set per phone (a phone answering again replaces its set). */
export class RoomCheckTally {
  private readonly byPhone = new Map<string, Answers>();

  answer(phone: string, answers: Answers): void {
    if (SELF_CHECK_ITEMS.some((item) => answers[item] !== undefined)) this.byPhone.set(phone, answers);
  }

  /** Each phone's answers (for a relay's snapshot; never sent to anyone). */
  entries(): [string, Answers][] {
    return [...this.byPhone];
  }

  has(phone: string): boolean {
    return this.byPhone.has(phone);
  }

  counts(): RoomCheckCounts {
    const counts = emptyCounts();
    counts.respondents = this.byPhone.size;
    for (const answers of this.byPhone.values()) {
      for (const item of SELF_CHECK_ITEMS) {
        const level = answers[item];
        const row = counts.items[item];
        if (level) row[LEVELS.indexOf(level)] = (row[LEVELS.indexOf(level)] ?? 0) + 1;
      }
    }
    return counts;
  }
}

export type Spread = { shown: true; counts: RoomCheckCounts } | { shown: false; respondents: number };

/** What may be shown of a moment: its counts from five phones on, else only how many answered. */
export function spread(counts: RoomCheckCounts | null): Spread {
  const respondents = counts?.respondents ?? 0;
  return counts && respondents >= MIN_RESPONDENTS ? { shown: true, counts } : { shown: false, respondents };
}

const day = (time: number) => new Date(time).toISOString().slice(0, 10);

/**
 * The anonymous counts as CSV: the day (never a finer time), the moment, the statement and
 * the counts per point of the scale. No device ids exist here to leak. A moment with fewer
 * than five phones gives no counts.
 */
export function roomCheckCsv(o: { date: number; moments: Partial<Record<RoomMoment, RoomCheckCounts | null>> }): string {
  const header = ['day', 'moment', 'statement', ...LEVELS, 'respondents'];
  const rows = [header];
  for (const moment of ROOM_MOMENTS) {
    const shown = spread(o.moments[moment] ?? null);
    for (const item of SELF_CHECK_ITEMS) {
      if (shown.shown) rows.push([day(o.date), moment, item, ...shown.counts.items[item].map(String), String(shown.counts.respondents)]);
      else rows.push([day(o.date), moment, item, ...LEVELS.map(() => ''), `fewer than ${MIN_RESPONDENTS}`]);
    }
  }
  return `${rows.map((r) => r.join(',')).join('\r\n')}\r\n`;
}
