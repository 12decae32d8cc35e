// The self-check's director: the one place (no DOM) that decides when the check is offered
// and what of it is kept. It reads (and repairs) the kept checks when the game opens, offers
// the check before a visit's first scenario unless it was skipped on the visit before, keeps
// each moment's answers, and knows which check waits for its "after" or its look back. The
// screens call it and show what it answers; main.ts wires it beside the play director,
// which carries the checks in an import.
import { Emitter, type Subscription } from '../core/events.ts';
import type { Lang } from '../core/run-record.ts';
import { type Answers, awaitingAfter, dueForLookBack, type Moment, type SelfCheck } from '../core/self-check.ts';
import type { SelfCheckStore } from './self-check-store.ts';

/** The offer before a visit's first scenario: open, said "not now" to, or answered. */
export type OfferState = 'offer' | 'skipped' | 'kept';

/** What the player should be told (the screens word it). */
export type SelfCheckNotice = { type: 'set-aside'; count: number } | { type: 'saving-off' };

/** What a look back opens: the answers of a week later to give, or a check already looked back on. */
export type LookBack = { type: 'answer'; check: SelfCheck } | { type: 'show'; check: SelfCheck } | null;

const newest = (checks: readonly SelfCheck[]) => [...checks].sort((a, b) => b.startedAt - a.startedAt);

export class SelfCheckDirector {
  private checks: SelfCheck[] = [];
  private offerState: OfferState | null = null;
  private begunEarly = false;
  private reading: Promise<void> | null = null;
  private read = false;
  private queue: Promise<void> = Promise.resolve();
  private failed = false;
  private readonly notices = new Emitter<{ notice: SelfCheckNotice }>();

  constructor(
    readonly store: SelfCheckStore,
    private readonly now: () => number = Date.now,
  ) {}

  onNotice(handler: (notice: SelfCheckNotice) => void): Subscription {
    return this.notices.on('notice', handler);
  }

  /** Opening the game: read the kept checks (a broken one is set aside and said) and decide this visit's offer. */
  open(): Promise<void> {
    this.reading ??= this.readKept();
    return this.reading;
  }

  /** The kept checks were read (until then the start screen waits for the offer). */
  get ready(): boolean {
    return this.read;
  }

  whenReady(): Promise<void> {
    return this.reading ?? this.open();
  }

  /** The offer on the start screen, or null once this visit's first scenario has begun (or none is due). */
  get offer(): OfferState | null {
    return this.offerState;
  }

  /** The player said "not now": not offered again this visit, nor on the next. */
  notNow(): Promise<void> {
    this.offerState = 'skipped';
    return this.save(() => this.store.skip());
  }

  /** A scenario begins: beginning without answering is a "not now" too. */
  begun(): void {
    if (this.offerState === 'offer') void this.save(() => this.store.skip());
    this.offerState = null;
    this.begunEarly = true;
  }

  /**
   * Keep one moment's answers: of a new check (`check` null) or of a kept one. The answers
   * hold in this tab even when storing fails (the player is told saving is off).
   */
  async answer(o: { lang: Lang; moment: Moment; answers: Answers; check: SelfCheck | null }): Promise<SelfCheck> {
    const at = this.now();
    const base: SelfCheck = o.check ?? { startedAt: at, lang: o.lang, before: null, after: null, later: null };
    const next: SelfCheck = { ...base, [o.moment]: { at, answers: o.answers } };
    this.replace(next);
    if (o.moment === 'before') this.offerState = 'kept';
    await this.save(async () => {
      await this.store.keep(next);
      if (!o.check) await this.store.answered();
    });
    return next;
  }

  /** The check whose "after" the debrief asks for: its "before" was answered lately. */
  awaitingAfter(): SelfCheck | null {
    return awaitingAfter(this.checks, this.now());
  }

  /** A week has passed since a check's first answers and it was not looked back on yet. */
  lookBackDue(): boolean {
    return dueForLookBack(this.checks, this.now(), true) !== null;
  }

  /** What a look back opens (from the reminder's link or the menu's offer). */
  lookBack(): LookBack {
    const due = dueForLookBack(this.checks, this.now(), false);
    if (due) return { type: 'answer', check: due };
    const done = this.checks.find((c) => c.later !== null);
    return done ? { type: 'show', check: done } : null;
  }

  /** Every kept check, newest first (listed in "Your runs", and exported with all runs). */
  all(): readonly SelfCheck[] {
    return this.checks;
  }

  /** Checks stored by an import (the play director imports them with the runs). */
  imported(checks: readonly SelfCheck[]): void {
    for (const check of checks) this.replace(check);
  }

  private replace(check: SelfCheck): void {
    this.checks = newest([check, ...this.checks.filter((c) => c.startedAt !== check.startedAt)]);
  }

  private async readKept(): Promise<void> {
    try {
      const { kept, setAside } = await this.store.repair();
      // Answers given before the read finished stay (the read only adds).
      this.checks = newest([...this.checks, ...kept.filter((k) => !this.checks.some((c) => c.startedAt === k.startedAt))]);
      if (setAside > 0) this.notices.emit('notice', { type: 'set-aside', count: setAside });
      const offered = await this.store.offerThisVisit();
      if (!this.begunEarly && this.offerState === null) this.offerState = offered ? 'offer' : null;
    } catch (error) {
      console.warn('Could not read the self-check', error);
      this.savingOff();
    }
    this.read = true;
  }

  /** Run a storing action after the others; a failure is said once. */
  private save(action: () => Promise<void>): Promise<void> {
    const next = this.queue.then(action).catch((error: unknown) => {
      console.warn('Saving the self-check failed', error);
      this.savingOff();
    });
    this.queue = next;
    return next;
  }

  private savingOff(): void {
    if (!this.failed) this.notices.emit('notice', { type: 'saving-off' });
    this.failed = true;
  }
}
