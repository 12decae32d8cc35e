// The DOM application: screens (menu, start, play, debrief), dialogs (pause, help), the
// language switch and the keyboard. It drives StorySessions; other presenters (the
// stage) are handed each session through `presenters`, without the UI knowing them.

import { CARRY_OVER } from '../core/carry-over.ts';
import { loadBundle, SCENARIO_ORDER, type ScenarioEntry, scenariosIn } from '../core/catalog.ts';
import type { Subscription } from '../core/events.ts';
import type { Lang, LovedOne, RunLink, RunRecord } from '../core/run-record.ts';
import type { StoryBundle, StorySession } from '../core/story-session.ts';
import type { RunRepository } from '../runs/run-repository.ts';
import { debriefView } from './debrief-view.ts';
import { defaultCountry, isDialogOpen, openHelp, openPause } from './dialogs.ts';
import { clear, h } from './dom.ts';
import { type Dict, dictionaries } from './i18n/index.ts';
import { languageSwitch, menuView } from './menu-view.ts';
import { noticeBoard } from './notices.ts';
import { type PlayView, playView } from './play-view.ts';
import { type Prefs, savePrefs } from './prefs.ts';
import { runSaver, type TabChannel } from './run-saver.ts';
import { runScreens } from './run-screens.ts';
import { startView } from './start-view.ts';

/** Anything else that shows a session (the Phaser stage): gets the session and a slot. */
export type Presenter = (session: StorySession, slot: HTMLElement) => Subscription;

// The story engine (inkjs) is not needed to paint the menu: it is its own chunk, fetched
// with the first story (and prefetched on the start screen). Keeps the menu's JS small.
const sessionCode = () => import('../core/story-session.ts');
const resumeCode = () => import('../runs/resume.ts');
// The settings dialog (with sound and reading aloud) is fetched when it is first opened.
const settingsCode = () => import('./settings-view.ts');

export interface AppOptions {
  root: HTMLElement;
  scenarios: readonly ScenarioEntry[];
  prefs: Prefs;
  storage: Storage | null;
  languages: readonly string[];
  presenters: Presenter[];
  /** Where the current and finished runs are kept (IndexedDB in the browser). */
  runs: RunRepository;
  random?: () => number;
  /** False when runs are kept in memory only (no IndexedDB): the player is told saving is off. */
  persistent?: boolean;
  /** Other tabs of the game on this device (a BroadcastChannel), so two tabs never overwrite each other's run. */
  tabs?: TabChannel | null;
  /** Called after the player changed a setting or the language (to apply it everywhere). */
  onPrefs?: (prefs: Prefs) => void;
  /** Called when the pause screen opens (true) and closes (false): sound and reading aloud wait. */
  onPause?: (paused: boolean) => void;
}

interface Start {
  lovedOne: LovedOne;
  variables?: Record<string, string | number>;
  /** Replay these choices first (rewinding to a moment of an earlier run). */
  replay?: readonly number[];
  seed?: number;
  parent?: RunLink;
}

interface Playing {
  entry: ScenarioEntry;
  bundle: StoryBundle;
  session: StorySession;
}

export function createApp(o: AppOptions) {
  const prefs = { ...o.prefs };
  const header = h('header', { class: 'app-header' });
  const main = h('main', { id: 'main', tabindex: -1 });
  const notices = h('div', { class: 'notices', role: 'status' });
  o.root.replaceChildren(h('a', { class: 'skip-link', href: '#main' }), header, notices, main);
  const notice = noticeBoard(notices);
  let t: Dict = dictionaries[prefs.lang];
  let playing: Playing | null = null;
  let view: PlayView | null = null;
  let presenterSubs: Subscription[] = [];
  let rerender: () => void = () => showMenu();
  // The last finished run of each scenario this visit (what a later scenario may carry over).
  const finished = new Map<string, RunRecord>();
  // A run saved on an earlier visit that the player had stepped out of (offered on the menu).
  let savedCurrent: { entry: ScenarioEntry; record: RunRecord } | null = null;
  const random = o.random ?? (() => crypto.getRandomValues(new Uint32Array(1))[0] ?? 1);
  const { persist, saveProgress, savingOff } = runSaver({
    runs: o.runs,
    tabs: o.tabs,
    notice,
    texts: () => t,
    playing: () => (playing && !playing.session.ended ? playing.session.record : null),
  });

  const setLang = (lang: Lang) => {
    prefs.lang = lang;
    savePrefs(o.storage, prefs);
    o.onPrefs?.(prefs);
    t = dictionaries[lang];
    renderHeader();
    rerender();
  };
  const renderHeader = () => {
    document.documentElement.lang = prefs.lang;
    document.title = `${t.appName}: ${t.tagline}`;
    const skip = o.root.querySelector('.skip-link');
    if (skip) skip.textContent = t.skipToContent;
    header.replaceChildren(
      h('div', { class: 'brand' }, h('h1', {}, t.appName), h('p', { class: 'tagline' }, t.tagline)),
      h(
        'nav',
        { class: 'header-actions', 'aria-label': t.appName },
        h('button', { type: 'button', 'data-action': 'library', onclick: () => void showLibrary() }, t.library.openLibrary),
        h(
          'button',
          { type: 'button', 'data-action': 'help', onclick: () => openHelp(t, defaultCountry(prefs.lang, o.languages)) },
          t.play.help,
        ),
        h('button', { type: 'button', 'data-action': 'settings', onclick: settings }, t.settings.open),
        languageSwitch(prefs.lang, setLang),
      ),
    );
  };
  const pause = () => {
    const dialog = openPause(t, quit);
    o.onPause?.(true);
    dialog.addEventListener('close', () => o.onPause?.(false));
  };
  /** A switch flipped by its key: remembered, applied, and said in words. */
  const toggle = (name: 'sound' | 'readAloud') => {
    prefs[name] = !prefs[name];
    savePrefs(o.storage, prefs);
    o.onPrefs?.(prefs);
    const s = t.sound;
    // Only the switch's latest state stays on the notice line.
    const said = [s.switchedOn, s.switchedOff, s.readOn, s.readOff];
    for (const line of [...notices.children]) if (said.includes(line.textContent ?? '')) line.remove();
    notice(name === 'sound' ? (prefs.sound ? s.switchedOn : s.switchedOff) : prefs.readAloud ? s.readOn : s.readOff);
  };
  let settingsView: Awaited<ReturnType<typeof settingsCode>> | null = null;
  const openSettings = (view: NonNullable<typeof settingsView>) =>
    view.openSettings(t, prefs, (change) => {
      Object.assign(prefs, change);
      savePrefs(o.storage, prefs);
      o.onPrefs?.(prefs);
    });
  // Once fetched, the dialog opens within the click, like any other.
  const settings = () => {
    if (settingsView) openSettings(settingsView);
    else
      void settingsCode().then(
        (view) => {
          settingsView = view;
          openSettings(view);
        },
        () => notice(t.sound.settingsNotLoaded),
      );
  };
  const show = (screen: HTMLElement, focus = true) => {
    view?.dispose();
    view = null;
    clear(main);
    main.append(screen);
    if (focus) screen.querySelector<HTMLElement>('h2')?.setAttribute('tabindex', '-1');
    if (focus) screen.querySelector<HTMLElement>('h2')?.focus();
  };
  const closePresenters = () => {
    for (const sub of presenterSubs) sub.close();
    presenterSubs = [];
  };

  function showMenu() {
    rerender = showMenu;
    const current = playing && !playing.session.ended ? playing : null;
    const saved = !current && savedCurrent ? savedCurrent : null;
    show(
      menuView({
        t,
        lang: prefs.lang,
        scenarios: scenariosIn(o.scenarios, prefs.lang, SCENARIO_ORDER),
        resumable: current
          ? { title: current.entry.meta.title, onResume: () => showPlay(current) }
          : saved
            ? { title: saved.entry.meta.title, onResume: () => void resume(saved.entry, saved.record) }
            : null,
        onLang: setLang,
        onPick: showStart,
        onHelp: () => openHelp(t, defaultCountry(prefs.lang, o.languages)),
      }),
    );
  }

  function showStart(entry: ScenarioEntry) {
    // While the player names the loved one, fetch what Begin needs (a failure shows at Begin).
    void Promise.all([sessionCode(), entry.load()]).catch(() => undefined);
    rerender = () => showStart(scenariosIn(o.scenarios, prefs.lang, SCENARIO_ORDER).find((e) => e.id === entry.id) ?? entry);
    show(
      startView({
        t,
        entry,
        initial: { name: prefs.name || 'Sam', pronoun: prefs.pronoun },
        onBack: showMenu,
        carried: carriedOver(entry.id),
        onBegin: (lovedOne, variables) => {
          prefs.name = lovedOne.name;
          prefs.pronoun = lovedOne.pronoun;
          savePrefs(o.storage, prefs);
          void begin(entry, { lovedOne, variables });
        },
      }),
    );
  }

  /** A value carried over from this visit's last finished run of another scenario. */
  function carriedOver(id: string): { variable: string; value: string; from: string } | null {
    const carry = CARRY_OVER[id];
    const source = carry && finished.get(carry.from);
    if (!carry || !source) return null;
    const value = carry.derive(source.steps);
    const title = scenariosIn(o.scenarios, prefs.lang, SCENARIO_ORDER).find((e) => e.id === carry.from)?.meta.title ?? carry.from;
    return value ? { variable: carry.variable, value, from: title } : null;
  }

  async function begin(entry: ScenarioEntry, start: Start) {
    const { lovedOne, variables, replay: replayChoices, seed, parent } = start;
    show(h('section', { class: 'screen loading', 'aria-busy': 'true' }, h('h2', {}, entry.meta.title), h('p', {}, t.play.loading)));
    let bundle: StoryBundle;
    let StorySession: typeof import('../core/story-session.ts').StorySession;
    try {
      [bundle, { StorySession }] = await Promise.all([loadBundle(entry), sessionCode()]);
    } catch {
      show(
        h(
          'section',
          { class: 'screen error-screen' },
          h('h2', {}, entry.meta.title),
          h('p', { role: 'alert' }, t.errors.load),
          h('button', { type: 'button', class: 'primary', onclick: () => void begin(entry, start) }, t.errors.retry),
          h('button', { type: 'button', onclick: showMenu }, t.debrief.menu),
        ),
      );
      return;
    }
    const options = { bundle, lovedOne, seed: seed ?? random(), variables, parent };
    const session = replayChoices ? StorySession.replay(options, replayChoices) : StorySession.create(options);
    playing?.session.dispose();
    playing = { entry, bundle, session };
    showPlay(playing, !replayChoices);
    if (replayChoices) saveProgress(session.record);
  }

  /** Continue the run that was being played when the page was closed or reloaded. */
  async function resume(entry: ScenarioEntry, saved: RunRecord) {
    let bundle: StoryBundle;
    let resumeRun: typeof import('../runs/resume.ts').resumeRun;
    try {
      [bundle, { resumeRun }] = await Promise.all([loadBundle(entry), resumeCode()]);
    } catch {
      notice(t.errors.load);
      return;
    }
    const resumed = resumeRun(bundle, saved);
    if (!resumed.ok) {
      // The run is kept among the others: it can still be read, not continued.
      persist(async () => {
        await o.runs.keep(saved);
        await o.runs.clearCurrent();
      });
      savedCurrent = null;
      showStoryChanged(entry, saved);
      return;
    }
    savedCurrent = null;
    playing = { entry, bundle, session: resumed.session };
    showPlay(playing);
  }

  function showStoryChanged(entry: ScenarioEntry, saved: RunRecord) {
    rerender = () => showStoryChanged(entry, saved);
    show(
      h(
        'section',
        { class: 'screen story-changed', 'aria-labelledby': 'changed-heading' },
        h('h2', { id: 'changed-heading' }, entry.meta.title),
        h('p', { role: 'alert' }, t.runs.storyChanged(entry.meta.title)),
        h(
          'div',
          { class: 'actions' },
          h('button', { type: 'button', class: 'primary', 'data-action': 'restart', onclick: () => showStart(entry) }, t.runs.restart),
          h('button', { type: 'button', 'data-action': 'view-old', onclick: () => showRecordDebrief(entry, saved, false) }, t.runs.viewOld),
          h('button', { type: 'button', onclick: showMenu }, t.debrief.menu),
        ),
      ),
    );
  }

  function showPlay(p: Playing, start = false) {
    rerender = () => showPlay(p);
    closePresenters();
    const v = playView({
      t,
      session: p.session,
      title: p.entry.meta.title,
      onPause: pause,
      onHelp: () => openHelp(t, defaultCountry(prefs.lang, o.languages)),
      onQuit: quit,
      onEnded: () => showDebrief(p),
      onRewind: (step) => rewind(p.entry, p.session.record, step),
    });
    show(v.element, false);
    view = v;
    presenterSubs = o.presenters.map((present) => present(p.session, v.stageSlot));
    // Saved after every choice (and at the first one), so a reload resumes right here.
    presenterSubs.push(p.session.on('choices', () => saveProgress(p.session.record)));
    persist(() => o.runs.setResumeOnLoad(true));
    if (start) p.session.start();
    else v.element.querySelector<HTMLButtonElement>('[data-choices] button:not([disabled])')?.focus();
    if (p.session.ended) showDebrief(p);
  }

  /** Branch off at an earlier choice point: the same run up to there, then a new answer. */
  function rewind(entry: ScenarioEntry, record: RunRecord, step: number) {
    // The run we branch away from is kept, finished or not.
    if (record.endedAt === null) persist(() => o.runs.keep(record));
    const choices = record.steps.slice(0, step).map((s) => s.choiceIndex);
    const parent = { startedAt: record.startedAt, seed: record.seed, step };
    void begin(entry, { lovedOne: record.lovedOne, variables: record.variables, replay: choices, seed: record.seed, parent });
  }

  const entryOf = (run: RunRecord) => o.scenarios.find((e) => e.id === run.scenarioId && e.lang === run.lang);
  const isCurrent = (run: RunRecord) => run.endedAt === null && playing?.session.record.startedAt === run.startedAt;
  const runs = runScreens({
    t: () => t,
    lang: () => prefs.lang,
    scenarios: o.scenarios,
    runs: o.runs,
    show,
    setRerender: (next) => {
      rerender = next;
    },
    notice,
    persist,
    current: () => (playing && !playing.session.ended ? playing.session.record : null),
    open: (run) => {
      const entry = entryOf(run);
      if (!entry) return;
      if (run.ending) showRecordDebrief(entry, run);
      else if (playing && isCurrent(run)) showPlay(playing);
      else void resume(entry, run);
    },
    duplicate: (run) => {
      const entry = entryOf(run);
      const parent = { startedAt: run.startedAt, seed: run.seed, step: run.steps.length };
      const choices = run.steps.map((s) => s.choiceIndex);
      if (entry) void begin(entry, { lovedOne: run.lovedOne, variables: run.variables, replay: choices, seed: run.seed, parent });
    },
    forgetCurrent: (run) => {
      if (isCurrent(run)) playing = null;
    },
    showMenu,
  });
  const showLibrary = runs.showLibrary;

  /** A kept run, read back; `replayable` is false when its story has changed since. */
  function showRecordDebrief(entry: ScenarioEntry, record: RunRecord, replayable = true) {
    rerender = () => showRecordDebrief(entryOf(record) ?? entry, record, replayable);
    closePresenters();
    show(
      debriefView({
        t,
        meta: entry.meta,
        record,
        onTryAgain: replayable ? (step) => rewind(entry, record, step) : null,
        onMap: () => void runs.showMap(record, () => showRecordDebrief(entry, record)),
        onCompare: () => void runs.compareWithPrevious(record, () => showRecordDebrief(entry, record)),
        onPlayAgain: () => showStart(entry),
        onMenu: showMenu,
        onHelp: () => openHelp(t, defaultCountry(prefs.lang, o.languages)),
      }),
    );
  }

  function quit() {
    closePresenters();
    if (playing && !playing.session.ended) notice(t.safety.runKept(playing.entry.meta.title));
    // Stepping out is kept: the run waits on the menu instead of reopening on a reload.
    persist(() => o.runs.setResumeOnLoad(false));
    showMenu();
  }

  function showDebrief(p: Playing) {
    rerender = () => showDebrief(p);
    closePresenters();
    const { record } = p.session;
    if (finished.get(p.entry.id) !== record) persist(() => o.runs.saveFinished(record));
    finished.set(p.entry.id, record);
    show(
      debriefView({
        t,
        meta: p.entry.meta,
        record,
        onTryAgain: (step) => rewind(p.entry, record, step),
        onMap: () => void runs.showMap(record, () => showDebrief(p)),
        onCompare: () => void runs.compareWithPrevious(record, () => showDebrief(p)),
        onPlayAgain: () => showStart(p.entry),
        onMenu: showMenu,
        onHelp: () => openHelp(t, defaultCountry(prefs.lang, o.languages)),
      }),
    );
  }

  // Printing the debrief shows what is folded away on screen (the table of choices).
  window.addEventListener('beforeprint', () => {
    for (const details of document.querySelectorAll('details')) details.open = true;
  });

  document.addEventListener('keydown', (event) => {
    if (!view || isDialogOpen() || event.altKey || event.ctrlKey || event.metaKey) return;
    const target = event.target as HTMLElement | null;
    if (target && (target.tagName === 'INPUT' || target.tagName === 'SELECT' || target.tagName === 'TEXTAREA')) return;
    if (/^[1-9]$/.test(event.key)) {
      if (view.chooseByNumber(Number(event.key))) event.preventDefault();
    } else if (event.key === 'p' || event.key === 'P') {
      event.preventDefault();
      pause();
    } else if (event.key === 's' || event.key === 'S') {
      event.preventDefault();
      toggle('sound');
    } else if (event.key === 'v' || event.key === 'V') {
      event.preventDefault();
      toggle('readAloud');
    }
  });

  renderHeader();
  showMenu();
  void (async () => {
    try {
      if (o.persistent === false) savingOff();
      const { setAside, kept } = await o.runs.repair();
      if (setAside > 0) notice(t.runs.setAside(setAside));
      for (const run of kept.reverse()) if (run.ending) finished.set(run.scenarioId, run);
      const current = await o.runs.loadCurrent();
      const entry =
        current && 'record' in current
          ? o.scenarios.find((e) => e.id === current.record.scenarioId && e.lang === current.record.lang)
          : undefined;
      if (current && 'record' in current && entry && !playing) {
        if (await o.runs.resumeOnLoad()) await resume(entry, current.record);
        else {
          savedCurrent = { entry, record: current.record };
          if (rerender === showMenu) showMenu();
        }
      }
    } catch (error) {
      console.warn('Could not read saved runs', error);
      savingOff();
    }
  })();
  return {
    showMenu,
    get session() {
      return playing?.session ?? null;
    },
  };
}
