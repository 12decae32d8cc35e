// Where the self-check's answers are kept: on the device, in the same store as the runs,
// one record per check. This module (no DOM) decides what is saved; the screens only call
// it. It also keeps the one rule about asking: a check skipped on one visit is not offered
// on the next.
import type { Lang } from '../core/run-record.ts';
import type { Answers, Moment, SelfCheck } from '../core/self-check.ts';
import { parseSelfCheck } from './self-check-schema.ts';
import type { KeyValueStore } from './storage.ts';

const CHECK = 'check:';
const OFFER = 'check-offer';
const SET_ASIDE = 'set-aside:';

export const checkKey = (check: Pick<SelfCheck, 'startedAt'>) => `${CHECK}${check.startedAt}`;

export class SelfCheckStore {
  constructor(
    private readonly store: KeyValueStore,
    private readonly now: () => number = Date.now,
  ) {}

  /** Every kept check that passes validation, newest first (a broken one is set aside). */
  async all(): Promise<SelfCheck[]> {
    const checks: SelfCheck[] = [];
    for (const key of await this.store.keys()) {
      if (!key.startsWith(CHECK)) continue;
      const raw = await this.store.get(key);
      const check = parseSelfCheck(raw);
      if (check) checks.push(check);
      else {
        await this.store.set(`${SET_ASIDE}${this.now()}:${key}`, raw);
        await this.store.delete(key);
      }
    }
    return checks.sort((a, b) => b.startedAt - a.startedAt);
  }

  /**
   * Whether to offer the check before this visit's first scenario (ask once per visit).
   * After a skip it is not offered, once; the visit after that it is again.
   */
  async offerThisVisit(): Promise<boolean> {
    if ((await this.store.get(OFFER)) !== 'skipped') return true;
    await this.store.set(OFFER, 'rested');
    return false;
  }

  /** The player said "not now" (or began without answering). */
  async skip(): Promise<void> {
    await this.store.set(OFFER, 'skipped');
  }

  /** The first answers of a new check. */
  async start(lang: Lang, moment: Moment, answers: Answers): Promise<SelfCheck> {
    const at = this.now();
    const check: SelfCheck = { startedAt: at, lang, before: null, after: null, later: null };
    check[moment] = { at, answers };
    await this.keep(check);
    await this.store.set(OFFER, 'answered');
    return check;
  }

  /** Answers of a later moment of a kept check. */
  async answer(check: SelfCheck, moment: Moment, answers: Answers): Promise<SelfCheck> {
    const next: SelfCheck = { ...check, [moment]: { at: this.now(), answers } };
    await this.keep(next);
    return next;
  }

  async keep(check: SelfCheck): Promise<void> {
    await this.store.set(checkKey(check), check);
  }

  async delete(check: SelfCheck): Promise<void> {
    await this.store.delete(checkKey(check));
  }

  async keptKeys(): Promise<Set<string>> {
    return new Set((await this.store.keys()).filter((k) => k.startsWith(CHECK)));
  }
}
