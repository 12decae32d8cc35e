// Model-based test of the play director (issue 14): random sequences of what a player can
// do (begin, choose, rewind, play a branch, label, delete, undo, duplicate, quit, finish,
// export, import, reload, a second tab) run against the real director over a real
// IndexedDB (fake-indexeddb), and after every step the stored runs are checked against a
// plain model: every run made and not deleted is listed with its choices and label; the
// current slot holds the run played last; a reload resumes it (or offers it, after
// quitting); an undo restores exactly; nothing deleted comes back (unless imported again).
import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { expect, it } from 'vitest';
import type { ScenarioEntry } from '../../src/core/catalog.ts';
import type { Subscription } from '../../src/core/events.ts';
import type { RunRecord } from '../../src/core/run-record.ts';
import type { ScenarioMeta } from '../../src/core/tags.ts';
import { type Outcome, PlayDirector, type TabChannel } from '../../src/runs/play-director.ts';
import { runFile, runKey } from '../../src/runs/run-file.ts';
import { RunRepository } from '../../src/runs/run-repository.ts';
import { IndexedDbStore } from '../../src/runs/storage.ts';
import { fixtureBundle, SAM } from './helpers.ts';

const SEQUENCES = Number(process.env.MODEL_SEQUENCES ?? 2000);
// Three choice points a run, two or three options each, without the shared model: fast to replay.
const bundle = fixtureBundle('three-moments');
const entry: ScenarioEntry = {
  id: bundle.scenarioId,
  lang: 'en',
  meta: { id: bundle.scenarioId, title: 'Three moments' } as ScenarioMeta,
  load: async () => ({ json: bundle.json, hash: bundle.hash }),
};

/** What the player should see of a run in "Your runs". */
interface ModelRun {
  choices: number[];
  label: string;
  ended: boolean;
}

interface Model {
  runs: Map<number, ModelRun>;
  next: number;
  /** The run in the current slot (the one a reload goes on with). */
  current: number | null;
  /** A reload reopens the current run (false after the player stepped out). */
  resumeOnLoad: boolean;
  /** The unfinished run playing in the first tab. */
  live: number | null;
  /** Deleted runs whose undo is still on screen. */
  deleted: { id: number; run: ModelRun; wasCurrent: boolean }[];
  exported: Map<number, ModelRun> | null;
}

/** Other tabs, as BroadcastChannel does it: a message reaches every tab but the sender's, later. */
class TabHub {
  private readonly listeners = new Map<object, (event: MessageEvent) => void>();
  private pending: Promise<void>[] = [];
  channel(tab: object): TabChannel {
    return {
      postMessage: (message) => {
        for (const [other, listen] of this.listeners) {
          if (other !== tab) this.pending.push(Promise.resolve().then(() => listen({ data: structuredClone(message) } as MessageEvent)));
        }
      },
      addEventListener: (_type, listener) => this.listeners.set(tab, listener),
    };
  }
  close(tab: object) {
    this.listeners.delete(tab);
  }
  get busy() {
    return this.pending.length > 0;
  }
  async flush() {
    const now = this.pending;
    this.pending = [];
    await Promise.all(now);
  }
}

interface Tab {
  director: PlayDirector;
  repository: RunRepository;
  autosave: Subscription | null;
}

let databases = 0;

class Real {
  readonly database = `model-${databases++}`;
  readonly hub = new TabHub();
  private time = 1_700_000_000_000;
  private seeds = 1;
  readonly clock = { now: () => (this.time += 7) };
  /** Model run number of every run key the test has seen made. */
  readonly ids = new Map<string, number>();
  readonly undos: (() => Promise<void>)[] = [];
  exported = '';
  tab: Tab = this.openTab();

  openTab(): Tab {
    const repository = new RunRepository(new IndexedDbStore(this.database, 'runs'));
    const tab: Tab = { director: null as unknown as PlayDirector, repository, autosave: null };
    tab.director = new PlayDirector({
      runs: repository,
      scenarios: [entry],
      tabs: this.hub.channel(tab),
      random: () => this.seeds++,
      clock: this.clock,
    });
    return tab;
  }

  /** What the game does with a run the director hands it: the autosave listens, a new run starts. */
  show(tab: Tab, outcome: Outcome): RunRecord {
    if (!outcome.ok) throw new Error(`the director said ${outcome.reason}`);
    const { session } = outcome.playing;
    tab.autosave?.close();
    tab.autosave = session.ended ? null : tab.director.autosave(session);
    if (!session.started) session.start();
    return session.record;
  }

  idOf(run: RunRecord): number {
    const id = this.ids.get(runKey(run));
    if (id === undefined) throw new Error(`a run nobody made is stored: ${runKey(run)}`);
    return id;
  }

  async settle(tabs: Tab[] = [this.tab]) {
    do {
      await this.hub.flush();
      await Promise.all(tabs.map((t) => t.director.settled()));
    } while (this.hub.busy);
  }

  async listed(id: number): Promise<RunRecord> {
    const run = (await this.tab.director.allRuns()).find((r) => this.idOf(r) === id);
    if (!run) throw new Error(`run ${id} is not listed`);
    return run;
  }

  liveSession() {
    const playing = this.tab.director.playing;
    return playing && !playing.session.ended ? playing.session : null;
  }
}

const summary = (run: RunRecord): ModelRun => ({
  choices: run.steps.map((s) => s.choiceIndex),
  label: run.label ?? '',
  ended: run.endedAt !== null,
});
const copy = (run: ModelRun): ModelRun => ({ ...run, choices: [...run.choices] });
const pickFrom = <T>(list: readonly T[], n: number): T | undefined => list[n % Math.max(list.length, 1)];
const ids = (m: Model, filter: (run: ModelRun) => boolean = () => true) => [...m.runs].filter(([, run]) => filter(run)).map(([id]) => id);

/** The checks after every step. */
async function agree(m: Model, r: Real) {
  const listed = await r.tab.director.allRuns();
  const got = new Map(listed.map((run) => [r.idOf(run), summary(run)]));
  expect(got).toEqual(m.runs);
  const inSlot = await r.tab.repository.currentRecord();
  expect(inSlot && r.idOf(inSlot)).toBe(m.current);
  const live = r.liveSession();
  expect(live && r.idOf(live.record)).toBe(m.live);
}

/** A new run (or branch) is in play in the first tab and holds the current slot. */
function playsNew(m: Model, r: Real, record: RunRecord) {
  const id = m.next++;
  r.ids.set(runKey(record), id);
  m.runs.set(id, summary(record));
  m.current = id;
  m.live = id;
  m.resumeOnLoad = true;
  return id;
}

/** A choice made in the live run, as the model sees it. */
function chose(m: Model, id: number, index: number, ended: boolean) {
  const run = m.runs.get(id);
  if (!run) throw new Error('the live run is not in the model');
  run.choices.push(index);
  if (!ended) return;
  run.ended = true;
  m.live = null;
  if (m.current === id) m.current = null;
}

type Command = fc.AsyncCommand<Model, Real>;
const command = (name: string, check: (m: Readonly<Model>) => boolean, run: (m: Model, r: Real) => Promise<void>): Command => ({
  check,
  async run(m, r) {
    await run(m, r);
    await r.settle();
    await agree(m, r);
  },
  toString: () => name,
});
const always = () => true;

const begin = () =>
  command('begin', always, async (m, r) => {
    const record = r.show(r.tab, await r.tab.director.begin(entry, { lovedOne: SAM }));
    playsNew(m, r, record);
  });

const choose = (pick: number) =>
  command(
    `choose ${pick}`,
    (m) => m.live !== null,
    async (m, r) => {
      const session = r.liveSession();
      const option = pickFrom(session?.choicePoint?.options.filter((o) => !o.blocked) ?? [], pick);
      if (!session || !option || m.live === null) throw new Error('nothing to choose');
      session.choose(option.index);
      chose(m, m.live, option.index, session.ended);
    },
  );

const finish = () =>
  command(
    'finish',
    (m) => m.live !== null,
    async (m, r) => {
      const session = r.liveSession();
      while (session && m.live !== null && !session.ended) {
        const option = session.choicePoint?.options.find((o) => !o.blocked);
        if (!option) throw new Error('a choice point with nothing open');
        session.choose(option.index);
        chose(m, m.live, option.index, session.ended);
      }
    },
  );

// "Try another answer here" at a choice of any listed run (the one in play, or from its debrief).
const rewind = (which: number, at: number) =>
  command(
    `rewind ${which} at ${at}`,
    (m) => ids(m, (run) => run.choices.length > 0).length > 0,
    async (m, r) => {
      const id = pickFrom(
        ids(m, (run) => run.choices.length > 0),
        which,
      ) as number;
      const from = await r.listed(id);
      const record = r.show(r.tab, await r.tab.director.rewind(from, at % from.steps.length));
      playsNew(m, r, record);
    },
  );

const duplicate = (which: number) =>
  command(
    `duplicate ${which}`,
    (m) => m.runs.size > 0,
    async (m, r) => {
      const id = pickFrom(ids(m), which) as number;
      const from = await r.listed(id);
      const record = r.show(r.tab, await r.tab.director.duplicate(from));
      if (record.endedAt === null) return void playsNew(m, r, record);
      // A copy of a finished run is finished at once: kept, and the slot is left alone.
      const copyId = m.next++;
      r.ids.set(runKey(record), copyId);
      m.runs.set(copyId, summary(record));
      m.live = null;
    },
  );

const resume = (which: number) =>
  command(
    `resume ${which}`,
    (m) => ids(m, (run) => !run.ended).length > 0,
    async (m, r) => {
      const id = pickFrom(
        ids(m, (run) => !run.ended),
        which,
      ) as number;
      r.show(r.tab, await r.tab.director.resume(await r.listed(id)));
      m.current = id;
      m.live = id;
      m.resumeOnLoad = true;
    },
  );

const label = (which: number, text: string) =>
  command(
    `label ${which} "${text}"`,
    (m) => m.runs.size > 0,
    async (m, r) => {
      const id = pickFrom(ids(m), which) as number;
      await r.tab.director.label(await r.listed(id), text);
      const run = m.runs.get(id);
      if (run) run.label = text;
    },
  );

const remove = (which: number) =>
  command(
    `delete ${which}`,
    (m) => m.runs.size > 0,
    async (m, r) => {
      const id = pickFrom(ids(m), which) as number;
      r.undos.push(await r.tab.director.delete(await r.listed(id)));
      m.deleted.push({ id, run: copy(m.runs.get(id) as ModelRun), wasCurrent: m.current === id });
      m.runs.delete(id);
      if (m.current === id) m.current = null;
      if (m.live === id) m.live = null;
    },
  );

const undo = (which: number) =>
  command(
    `undo ${which}`,
    (m) => m.deleted.length > 0,
    async (m, r) => {
      const i = which % m.deleted.length;
      await r.undos.splice(i, 1)[0]?.();
      const [gone] = m.deleted.splice(i, 1);
      if (!gone) return;
      m.runs.set(gone.id, copy(gone.run));
      if (gone.wasCurrent && m.current === null) m.current = gone.id;
    },
  );

const quit = () =>
  command('quit', always, async (m, r) => {
    await r.tab.director.quit();
    m.resumeOnLoad = false;
  });

const exportRuns = () =>
  command('export', always, async (m, r) => {
    r.exported = runFile(await r.tab.director.allRuns(), r.clock.now());
    m.exported = new Map([...m.runs].map(([id, run]) => [id, copy(run)]));
  });

const importRuns = () =>
  command(
    'import',
    (m) => m.exported !== null,
    async (m, r) => {
      const outcome = await r.tab.director.importFile(r.exported);
      expect(outcome.ok).toBe(true);
      // Runs already here are left as they are; the others come back as they were exported.
      for (const [id, run] of m.exported ?? []) if (!m.runs.has(id)) m.runs.set(id, copy(run));
    },
  );

const reload = () =>
  command('reload', always, async (m, r) => {
    r.tab.autosave?.close();
    r.hub.close(r.tab);
    r.undos.length = 0;
    r.tab = r.openTab();
    const outcome = await r.tab.director.open();
    if (outcome) r.show(r.tab, outcome);
    m.deleted = [];
    m.live = m.resumeOnLoad ? m.current : null;
    // Stepped out: the run waits on the menu.
    const waiting = r.tab.director.waiting;
    expect(waiting && r.idOf(waiting.record)).toBe(m.resumeOnLoad ? null : m.current);
  });

// A second tab opens the game (resuming what the first plays, if it was left so), starts a
// run of its own and answers once: its run takes the slot, the first tab's is kept.
const secondTab = (pick: number) =>
  command(`second tab ${pick}`, always, async (m, r) => {
    const other = r.openTab();
    const opened = await other.director.open();
    if (opened) r.show(other, opened);
    await r.settle([r.tab, other]);
    const record = r.show(other, await other.director.begin(entry, { lovedOne: SAM }));
    const session = other.director.playing?.session;
    const option = pickFrom(session?.choicePoint?.options.filter((o) => !o.blocked) ?? [], pick);
    if (!session || !option) throw new Error('the second tab has nothing to choose');
    session.choose(option.index);
    await r.settle([r.tab, other]);
    other.autosave?.close();
    r.hub.close(other);
    const id = m.next++;
    r.ids.set(runKey(record), id);
    m.runs.set(id, summary(record));
    m.current = id;
    m.resumeOnLoad = true;
  });

const commands = [
  fc.constant(begin()),
  fc.nat(3).map(choose),
  fc.nat(3).map(choose),
  fc.constant(finish()),
  fc.tuple(fc.nat(5), fc.nat(4)).map(([which, at]) => rewind(which, at)),
  fc.nat(5).map(duplicate),
  fc.nat(5).map(resume),
  fc.tuple(fc.nat(5), fc.constantFrom('', 'group A', 'before')).map(([which, text]) => label(which, text)),
  fc.nat(5).map(remove),
  fc.nat(3).map(undo),
  fc.constant(quit()),
  fc.constant(exportRuns()),
  fc.constant(importRuns()),
  fc.constant(reload()),
  fc.nat(3).map(secondTab),
];

it(`keeps every run through ${SEQUENCES} random sequences of play`, { timeout: 600_000 }, async () => {
  await fc.assert(
    fc.asyncProperty(fc.commands(commands, { maxCommands: 14 }), async (sequence) => {
      const model: Model = { runs: new Map(), next: 0, current: null, resumeOnLoad: false, live: null, deleted: [], exported: null };
      await fc.asyncModelRun(() => ({ model, real: new Real() }), sequence);
    }),
    { numRuns: SEQUENCES },
  );
});
