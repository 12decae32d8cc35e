// Where the self-check's answers are kept: on the device, in the same store as the runs,
// one record per check, validated whenever read back. What is kept when is decided by
// self-check-director.ts. It also keeps the one rule about asking: a check skipped on one
// visit is not offered on the next.
import type { SelfCheck } from '../core/self-check.ts';
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
    return (await this.repair()).kept;
  }

  /**
   * Read every kept check; set aside (keep apart under its own key, never delete) one that
   * does not pass validation, and say how many were.
   */
  async repair(): Promise<{ kept: SelfCheck[]; setAside: number }> {
    const kept: SelfCheck[] = [];
    let setAside = 0;
    for (const key of await this.store.keys()) {
      if (!key.startsWith(CHECK)) continue;
      const raw = await this.store.get(key);
      const check = parseSelfCheck(raw);
      if (check) kept.push(check);
      else {
        await this.store.set(`${SET_ASIDE}${this.now()}:${key}`, raw);
        await this.store.delete(key);
        setAside++;
      }
    }
    return { kept: kept.sort((a, b) => b.startedAt - a.startedAt), setAside };
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

  /** A check was answered: offered again on the next visit. */
  async answered(): Promise<void> {
    await this.store.set(OFFER, 'answered');
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
