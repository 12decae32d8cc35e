// A self-check: the player's answers to the statements at up to three moments (before a
// scenario, after its debrief, a week later). Comparing two moments only says in which
// direction an answer moved; there is no score and no answer is better than another.

import type { Lang } from './run-record.ts';
import { LEVELS, type Level, SELF_CHECK_ITEMS, type SelfCheckItem } from './self-check-items.ts';

export const MOMENTS = ['before', 'after', 'later'] as const;
export type Moment = (typeof MOMENTS)[number];

/** Answers of one moment; a statement may be left open. */
export type Answers = Partial<Record<SelfCheckItem, Level>>;

export interface MomentAnswers {
  at: number;
  answers: Answers;
}

export interface SelfCheck {
  /** When the first moment was answered: also the key it is kept under. */
  startedAt: number;
  lang: Lang;
  before: MomentAnswers | null;
  after: MomentAnswers | null;
  later: MomentAnswers | null;
}

export type Shift = 'more' | 'less' | 'same' | 'open';

/** How an answer moved between two moments ('open' when either was left unanswered). */
export function shift(from: Level | undefined, to: Level | undefined): Shift {
  if (!from || !to) return 'open';
  const d = LEVELS.indexOf(to) - LEVELS.indexOf(from);
  return d > 0 ? 'more' : d < 0 ? 'less' : 'same';
}

/** The moments answered so far, in order. */
export function answeredMoments(check: SelfCheck): Moment[] {
  return MOMENTS.filter((m) => check[m] !== null);
}

export const countAnswered = (answers: Answers) => SELF_CHECK_ITEMS.filter((i) => answers[i] !== undefined).length;

/** A week after the first answers: when the look back is offered. */
export const LOOK_BACK_AFTER_MS = 7 * 24 * 60 * 60 * 1000;

/** The check a look back belongs to: the newest with a first moment and no look back yet. */
export function dueForLookBack(checks: readonly SelfCheck[], now: number, requireWeek: boolean): SelfCheck | null {
  const open = checks.filter((c) => c.later === null && (c.before ?? c.after) !== null).sort((a, b) => b.startedAt - a.startedAt)[0];
  if (!open) return null;
  return !requireWeek || now - open.startedAt >= LOOK_BACK_AFTER_MS ? open : null;
}

/** How long after its first answers a check still waits for its "after" (the same sitting, give or take). */
export const AFTER_WITHIN_MS = 24 * 60 * 60 * 1000;

/** The newest check whose "before" was answered lately and whose "after" is still open. */
export function awaitingAfter(checks: readonly SelfCheck[], now: number): SelfCheck | null {
  const newest = [...checks].sort((a, b) => b.startedAt - a.startedAt)[0];
  if (!newest || newest.before === null || newest.later !== null) return null;
  return now - newest.startedAt < AFTER_WITHIN_MS ? newest : null;
}
