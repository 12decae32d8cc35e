// The play director: the one place that decides what happens to runs as they are played
// and kept. It begins, resumes, rewinds, duplicates, labels, deletes (with undo), quits
// and finishes runs, and decides what is stored where: the run in play in the current
// slot of this device, every other run under its own key. Which slot a run is in is read
// from storage by its key (start and seed), never guessed from whether it has ended. No
// DOM: the screens call it and show what it answers, and a model-based test drives it
// against a real IndexedDB (tests/unit/play-director-model.test.ts).
//
// Two tabs of the game share one store: the tab that saves the current run last owns the
// slot and says so on a channel; the other tab keeps its own run under its key (as a
// branch when both play the same run), so neither overwrites the other.
import { CARRY_OVER } from '../core/carry-over.ts';
import { loadBundle, type ScenarioEntry } from '../core/catalog.ts';
import { Emitter, type Subscription } from '../core/events.ts';
import type { LovedOne, RunRecord } from '../core/run-record.ts';
import type { Clock, StorySession } from '../core/story-session.ts';
import { type ImportOutcome, importRuns } from './import-runs.ts';
import { runKey } from './run-file.ts';
import type { RunRepository } from './run-repository.ts';

/** Other tabs of the game on this device (a BroadcastChannel in the browser). */
export interface TabChannel {
  postMessage(message: unknown): void;
  addEventListener(type: 'message', listener: (event: MessageEvent) => void): void;
}

/** What the player should be told (the screens word it). */
export type DirectorNotice =
  | { type: 'saving-off' }
  | { type: 'storage-full' }
  | { type: 'other-tab' }
  | { type: 'set-aside'; count: number };

export interface PlayDirectorOptions {
  runs: RunRepository;
  scenarios: readonly ScenarioEntry[];
  tabs?: TabChannel | null;
  /** Seeds for new runs. */
  random: () => number;
  clock?: Clock;
}

export interface Playing {
  entry: ScenarioEntry;
  session: StorySession;
}

export type Outcome =
  | { ok: true; playing: Playing }
  | { ok: false; reason: 'load' }
  | { ok: false; reason: 'story-changed'; entry: ScenarioEntry; record: RunRecord };

export interface BeginOptions {
  lovedOne: LovedOne;
  variables?: Record<string, string | number>;
}

export interface CarriedOver {
  variable: string;
  value: string;
  /** The scenario the value comes from. */
  from: string;
}

// The story engine (inkjs) is not needed to paint the menu: its own chunk, fetched with
// the first story.
const engine = () => Promise.all([import('../core/story-session.ts'), import('./resume.ts')]);

const sameRun = (a: RunRecord, b: RunRecord) => runKey(a) === runKey(b);
const setLabel = (run: RunRecord, label: string | undefined) => {
  if (label) run.label = label;
  else delete run.label;
};

export class PlayDirector {
  private readonly notices = new Emitter<{ notice: DirectorNotice }>();
  private readonly clock: Clock;
  // Storing actions run one after another, in the order they were asked for.
  private queue: Promise<void> = Promise.resolve();
  private failed = false;
  /** This tab holds the current slot (it saved or resumed the current run last). */
  private owner = false;
  private live: Playing | null = null;
  private waitingRun: { entry: ScenarioEntry; record: RunRecord } | null = null;
  /** The last finished run of each scenario (what a later scenario may carry over). */
  private readonly finished = new Map<string, RunRecord>();
  private lastStart = 0;

  constructor(private readonly o: PlayDirectorOptions) {
    this.clock = o.clock ?? { now: () => Date.now() };
    o.tabs?.addEventListener('message', (event) => {
      const data = event.data as { type?: unknown; key?: unknown } | null;
      if (data?.type === 'current-saved') this.onOtherTab(typeof data.key === 'string' ? data.key : null);
    });
  }

  onNotice(handler: (notice: DirectorNotice) => void): Subscription {
    return this.notices.on('notice', handler);
  }

  /** The run being played in this tab (it may have ended: its debrief shows). */
  get playing(): Playing | null {
    return this.live;
  }

  /** A run saved as current on an earlier visit that was not reopened yet (offered on the menu). */
  get waiting(): { entry: ScenarioEntry; record: RunRecord } | null {
    return this.live && !this.live.session.ended ? null : this.waitingRun;
  }

  /** The run the menu offers to continue: the one in play, or the one waiting. */
  resumable(): { entry: ScenarioEntry; record: RunRecord } | null {
    const live = this.live && !this.live.session.ended ? this.live : null;
    return live ? { entry: live.entry, record: live.session.record } : this.waitingRun;
  }

  /** Fetch what a start needs while the player names the loved one (a failure shows at the start). */
  prefetch(entry: ScenarioEntry): void {
    void Promise.all([engine(), entry.load()]).catch(() => undefined);
  }

  entryOf(run: Pick<RunRecord, 'scenarioId' | 'lang'>): ScenarioEntry | undefined {
    return this.o.scenarios.find((e) => e.id === run.scenarioId && e.lang === run.lang);
  }

  /** Every storing action asked for so far (and those they asked for) has landed. */
  async settled(): Promise<void> {
    let queue: Promise<void>;
    do {
      queue = this.queue;
      await queue;
    } while (queue !== this.queue);
  }

  /** Saving is off from the start (no IndexedDB): said once. */
  savingOff(): void {
    if (!this.failed) this.notices.emit('notice', { type: 'saving-off' });
    this.failed = true;
  }

  /**
   * Opening the game: repair what is stored, learn the finished runs, and resume the run
   * that was played last (or offer it, when the player had stepped out of it).
   */
  async open(): Promise<Outcome | null> {
    try {
      const { setAside, kept } = await this.o.runs.repair();
      if (setAside > 0) this.notices.emit('notice', { type: 'set-aside', count: setAside });
      for (const run of [...kept].reverse()) if (run.ending) this.finished.set(run.scenarioId, run);
      const record = await this.o.runs.currentRecord();
      const entry = record && this.entryOf(record);
      if (!record || !entry || this.live) return null;
      if (await this.o.runs.resumeOnLoad()) return this.resume(record);
      this.waitingRun = { entry, record };
      return null;
    } catch (error) {
      console.warn('Could not read saved runs', error);
      this.savingOff();
      return null;
    }
  }

  /** A new run of a scenario; the screens start it once they listen. */
  async begin(entry: ScenarioEntry, start: BeginOptions): Promise<Outcome> {
    try {
      const [bundle, [{ StorySession }]] = await Promise.all([loadBundle(entry), engine()]);
      const seed = this.o.random();
      const session = StorySession.create({ bundle, lovedOne: start.lovedOne, seed, variables: start.variables, clock: this.o.clock });
      session.record.startedAt = this.stamp();
      return this.play({ entry, session });
    } catch (error) {
      console.warn('The story could not start', error);
      return { ok: false, reason: 'load' };
    }
  }

  /** Continue a run that is not finished: the one in play, the current one or a kept one. */
  async resume(record: RunRecord): Promise<Outcome> {
    const entry = this.entryOf(record);
    if (!entry) return { ok: false, reason: 'load' };
    if (this.live && !this.live.session.ended && sameRun(this.live.session.record, record)) return this.play(this.live);
    let resumed: Awaited<ReturnType<typeof import('./resume.ts').resumeRun>>;
    try {
      const [bundle, [, { resumeRun }]] = await Promise.all([loadBundle(entry), engine()]);
      resumed = resumeRun(bundle, record, this.o.clock);
    } catch (error) {
      console.warn('The story could not load', error);
      return { ok: false, reason: 'load' };
    }
    if (this.waitingRun && sameRun(this.waitingRun.record, record)) this.waitingRun = null;
    if (!resumed.ok) {
      // The run is kept among the others: it can still be read, not continued.
      void this.store(async () => {
        const inSlot = await this.o.runs.currentRecord();
        if (!inSlot || !sameRun(inSlot, record)) return;
        await this.o.runs.keep(inSlot);
        await this.o.runs.clearCurrent();
      });
      return { ok: false, reason: 'story-changed', entry, record };
    }
    return this.play({ entry, session: resumed.session });
  }

  /** Branch off at an earlier choice point: the same run up to there, then a new answer. */
  rewind(record: RunRecord, step: number): Promise<Outcome> {
    return this.branch(record, step);
  }

  /** A new run that starts as a copy of this one (to go on from its last choice). */
  duplicate(record: RunRecord): Promise<Outcome> {
    return this.branch(record, record.steps.length);
  }

  /** The player stepped out: the run waits on the menu instead of reopening on a reload. */
  quit(): Promise<void> {
    return this.store(() => this.o.runs.setResumeOnLoad(false));
  }

  /**
   * The session subscriber that saves: after every choice (so a reload resumes right
   * there) and when the run ends (a finished run is kept then, whatever is shown).
   */
  autosave(session: StorySession): Subscription {
    const subs = [
      session.on('choices', () => void this.saveProgress(session.record)),
      session.on('ended', ({ record }) => void this.finish(record)),
    ];
    return {
      close: () => {
        for (const sub of subs) sub.close();
      },
    };
  }

  label(run: RunRecord, text: string): Promise<void> {
    const label = text.trim() || undefined;
    for (const known of [this.live?.session.record, this.waitingRun?.record, run]) if (known && sameRun(known, run)) setLabel(known, label);
    return this.store(async () => {
      const inSlot = await this.o.runs.currentRecord();
      if (inSlot && sameRun(inSlot, run)) {
        setLabel(inSlot, label);
        await this.o.runs.saveCurrent(inSlot);
      }
      const kept = await this.o.runs.kept(runKey(run));
      if (kept) {
        setLabel(kept, label);
        await this.o.runs.keep(kept);
      }
    });
  }

  /** Delete a run wherever it is stored; resolves to its undo (which puts it back as it was). */
  async delete(run: RunRecord): Promise<() => Promise<void>> {
    if (this.live && sameRun(this.live.session.record, run)) {
      this.live.session.dispose();
      this.live = null;
    }
    if (this.waitingRun && sameRun(this.waitingRun.record, run)) this.waitingRun = null;
    let taken: { inSlot: RunRecord | null; kept: RunRecord | null } = { inSlot: null, kept: null };
    await this.store(async () => {
      const inSlot = await this.o.runs.currentRecord();
      taken = { inSlot: inSlot && sameRun(inSlot, run) ? inSlot : null, kept: await this.o.runs.kept(runKey(run)) };
      if (taken.inSlot) await this.o.runs.clearCurrent();
      await this.o.runs.delete(run);
    });
    let undone = false;
    return () => {
      if (undone) return this.queue;
      undone = true;
      return this.restore(taken);
    };
  }

  /** Every run: the one in play first, then the current one, then the kept ones, newest first. */
  async allRuns(): Promise<RunRecord[]> {
    await this.queue;
    const live = this.live && !this.live.session.ended ? [this.live.session.record] : [];
    const inSlot = await this.o.runs.currentRecord();
    const runs = [...live, ...(inSlot ? [inSlot] : []), ...(await this.o.runs.finished())];
    return runs.filter((run, i) => runs.findIndex((other) => sameRun(other, run)) === i);
  }

  /** Import a runs file: checked whole, then stored whole or not at all. */
  importFile(text: string): Promise<ImportOutcome> {
    const ids = this.o.scenarios.map((e) => e.id);
    const outcome = this.queue.then(() => importRuns(this.o.runs, text, ids));
    this.queue = outcome.then(
      () => undefined,
      () => undefined,
    );
    return outcome;
  }

  /** A value carried over into this scenario from the last finished run of another. */
  carriedOver(scenarioId: string): CarriedOver | null {
    const carry = CARRY_OVER[scenarioId];
    const source = carry && this.finished.get(carry.from);
    if (!carry || !source) return null;
    const value = carry.derive(source.steps);
    return value ? { variable: carry.variable, value, from: carry.from } : null;
  }

  private async branch(from: RunRecord, step: number): Promise<Outcome> {
    const entry = this.entryOf(from);
    if (!entry) return { ok: false, reason: 'load' };
    try {
      const [bundle, [{ StorySession }]] = await Promise.all([loadBundle(entry), engine()]);
      const choices = from.steps.slice(0, step).map((s) => s.choiceIndex);
      const parent = { startedAt: from.startedAt, seed: from.seed, step };
      const options = { bundle, lovedOne: from.lovedOne, variables: from.variables, seed: from.seed, parent, clock: this.o.clock };
      const session = StorySession.replay(options, choices);
      session.record.startedAt = this.stamp();
      if (!session.ended) return this.play({ entry, session });
      // A copy of a finished run is finished at once: kept, and nothing else changes.
      this.replaceLive({ entry, session });
      void this.finish(session.record);
      return { ok: true, playing: { entry, session } };
    } catch (error) {
      console.warn('The run could not be replayed', error);
      return { ok: false, reason: 'load' };
    }
  }

  /**
   * Make a run the one in play, and take the current slot for it: a different run that
   * was there is kept under its own key first, and its own kept copy leaves (the slot
   * holds it now).
   */
  private play(playing: Playing): Outcome {
    this.replaceLive(playing);
    this.waitingRun = null;
    this.owner = true;
    const { record } = playing.session;
    void this.store(async () => {
      const inSlot = await this.o.runs.currentRecord();
      if (!inSlot || !sameRun(inSlot, record)) {
        if (inSlot) await this.o.runs.keep(inSlot);
        await this.saveCurrent(record);
        await this.o.runs.delete(record);
      }
      await this.o.runs.setResumeOnLoad(true);
    });
    return { ok: true, playing };
  }

  private replaceLive(playing: Playing): void {
    const before = this.live;
    if (before && before.session !== playing.session) {
      before.session.dispose();
      // Still in the slot: offered on the menu until another run takes its place.
      if (this.owner && !before.session.ended) this.waitingRun = { entry: before.entry, record: before.session.record };
    }
    this.live = playing;
  }

  private async saveCurrent(record: RunRecord): Promise<void> {
    await this.o.runs.saveCurrent(record);
    this.o.tabs?.postMessage({ type: 'current-saved', key: runKey(record) });
  }

  private saveProgress(record: RunRecord): Promise<void> {
    return this.store(() => (this.owner ? this.saveCurrent(record) : this.o.runs.keep(record)));
  }

  private finish(record: RunRecord): Promise<void> {
    this.finished.set(record.scenarioId, record);
    return this.store(async () => {
      await this.o.runs.keep(record);
      const inSlot = await this.o.runs.currentRecord();
      if (inSlot && sameRun(inSlot, record)) await this.o.runs.clearCurrent();
    });
  }

  private restore(taken: { inSlot: RunRecord | null; kept: RunRecord | null }): Promise<void> {
    return this.store(async () => {
      if (taken.kept) await this.o.runs.keep(taken.kept);
      if (!taken.inSlot) return;
      // Back in the slot when it is still free; else kept, so it never pushes another run out.
      if (await this.o.runs.currentRecord()) return this.o.runs.keep(taken.inSlot);
      await this.o.runs.saveCurrent(taken.inSlot);
      const entry = this.entryOf(taken.inSlot);
      if (entry && !this.live) this.waitingRun = { entry, record: taken.inSlot };
    });
  }

  /** Another tab saved its current run: this tab no longer owns the slot. */
  private onOtherTab(key: string | null): void {
    const wasOwner = this.owner;
    this.owner = false;
    this.waitingRun = null;
    const record = this.live && !this.live.session.ended ? this.live.session.record : null;
    if (!record) return;
    const same = runKey(record) === key;
    if (!wasOwner && !same) return;
    if (same) {
      // Both tabs play the same run: this tab's becomes a branch of it, so finishing
      // either never overwrites the other.
      record.parent = { startedAt: record.startedAt, seed: record.seed, step: record.steps.length };
      record.startedAt = this.stamp();
    }
    this.notices.emit('notice', { type: 'other-tab' });
    void this.saveProgress(record);
  }

  /** A start time no other run of this tab has (a run is known by its start and seed). */
  private stamp(): number {
    this.lastStart = Math.max(this.clock.now(), this.lastStart + 1);
    return this.lastStart;
  }

  /** Run a storing action after the others; a failure turns saving off, with one notice. */
  private store(action: () => Promise<void>): Promise<void> {
    const next = this.queue.then(action).catch((error: unknown) => {
      console.warn('Saving failed', error);
      const full = error instanceof DOMException && error.name === 'QuotaExceededError';
      if (!this.failed) this.notices.emit('notice', { type: full ? 'storage-full' : 'saving-off' });
      this.failed = true;
    });
    this.queue = next;
    return next;
  }
}
