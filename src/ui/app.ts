// The DOM application: routes the screens, dialogs, language and keys. What is played and stored
// is the play director's to decide (src/runs/play-director.ts); other presenters (the stage, the
// autosave) are handed each session through `presenters`, without the UI knowing them.

import { SCENARIO_ORDER, type ScenarioEntry, scenariosIn } from '../core/catalog.ts';
import type { Subscription } from '../core/events.ts';
import type { Lang, RunRecord } from '../core/run-record.ts';
import type { BeginOptions, Outcome, PlayDirector, Playing } from '../runs/play-director.ts';
import type { SelfCheckDirector } from '../runs/self-check-director.ts';
import { renderHeader } from './app-header.ts';
import { debriefView } from './debrief-view.ts';
import { defaultCountry, openHelp, openPause } from './dialogs.ts';
import { clear, h } from './dom.ts';
import type { Dict } from './i18n/index.ts';
import { loadDictionary } from './i18n/load.ts';
import { lazily } from './lazy-code.ts';
import { menuView } from './menu-view.ts';
import { noticeBoard, noticeText } from './notices.ts';
import { playKeys, unfoldForPrint } from './page-events.ts';
import { type PlayView, playView } from './play-view.ts';
import { type Prefs, savePrefs } from './prefs.ts';
import type { RunScreensContext, runScreens } from './run-screens.ts';
import { attachPresenters, type Presenter, pageTitle, type Screen } from './screen.ts';
import { selfCheckScreens } from './self-check-screens.ts';
import { startScreen } from './start-screen.ts';
import { loadErrorView, loadingView, storyChangedView } from './status-screens.ts';
import { openTranscript } from './transcript-view.ts';

// The settings dialog (with sound and reading aloud) is fetched when it is first opened.
const settingsCode = () => import('./settings-view.ts');

/** Where a resumed run puts focus: its first open choice, or Look back at an ending. */
const RESUMED_FOCUS = '[data-choices] button:not([aria-disabled]), [data-action="look-back"]:not([hidden] *)';

export interface AppOptions {
  root: HTMLElement;
  scenarios: readonly ScenarioEntry[];
  prefs: Prefs;
  /** The interface text in `prefs.lang`, loaded before the app starts (the other comes on a switch). */
  dictionary: Dict;
  storage: Storage | null;
  languages: readonly string[];
  presenters: Presenter[];
  director: PlayDirector;
  selfChecks: SelfCheckDirector;
  /** False when runs are kept in memory only (no IndexedDB): the player is told saving is off. */
  persistent?: boolean;
  /** Called after the player changed a setting or the language (to apply it everywhere). */
  onPrefs?: (prefs: Prefs) => void;
  /** Called when the pause screen opens (true) and closes (false): sound and reading aloud wait. */
  onPause?: (paused: boolean) => void;
}

export function createApp(o: AppOptions) {
  const { director } = o;
  const prefs = { ...o.prefs };
  const header = h('header', { class: 'app-header' });
  const main = h('main', { id: 'main', tabindex: -1 });
  const notices = h('div', { class: 'notices', role: 'status' });
  o.root.replaceChildren(h('a', { class: 'skip-link', href: '#main' }), header, notices, main);
  const notice = noticeBoard(notices);
  let t: Dict = o.dictionary;
  let screen: Screen = { name: 'menu' };
  let view: PlayView | null = null;
  let presenterSubs: Subscription[] = [];
  director.onNotice((n) => notice(noticeText(t, n)));
  const checks = selfCheckScreens({ t: () => t, lang: () => prefs.lang, checks: o.selfChecks, go, notice });

  const help = () => openHelp(t, defaultCountry(prefs.lang, o.languages));
  const inLang = () => scenariosIn(o.scenarios, prefs.lang, SCENARIO_ORDER);
  const setLang = (lang: Lang) =>
    void loadDictionary(lang).then(
      (dictionary) => {
        prefs.lang = lang;
        savePrefs(o.storage, prefs);
        o.onPrefs?.(prefs);
        t = dictionary;
        drawHeader();
        const s = screen;
        // The start screen follows the language; a run's screens stay in the run's own.
        go(s.name === 'start' ? { name: 'start', entry: inLang().find((e) => e.id === s.entry.id) ?? s.entry } : s);
      },
      () => notice(t.errors.language),
    );
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
  const withSettings = lazily(settingsCode, () => notice(t.errors.screen));
  const settings = () =>
    withSettings((view) =>
      view.openSettings(t, prefs, (change) => {
        Object.assign(prefs, change);
        savePrefs(o.storage, prefs);
        o.onPrefs?.(prefs);
      }),
    );
  const drawHeader = () =>
    renderHeader(o.root, header, {
      t,
      lang: prefs.lang,
      onLibrary: () => void runs.showLibrary(),
      onHelp: help,
      onSettings: settings,
      onLang: setLang,
    });

  const show = (element: HTMLElement, focus = true) => {
    view?.dispose();
    view = null;
    for (const sub of presenterSubs) sub.close();
    presenterSubs = [];
    clear(main);
    main.append(element);
    document.title = pageTitle(t, element);
    const heading = focus ? element.querySelector<HTMLElement>('h2') : null;
    heading?.setAttribute('tabindex', '-1');
    heading?.focus();
  };

  /** Show a screen (and remember it, for a language switch). */
  function go(next: Screen): void {
    screen = next;
    if (next.name === 'runs') next.draw();
    else if (next.name === 'play') showPlay(next.playing);
    else if (next.name === 'self-check' || next.name === 'self-check-side') show(checks.draw(next));
    else show(draw(next));
  }

  function draw(s: Exclude<Screen, { name: 'runs' | 'play' | 'self-check' | 'self-check-side' }>): HTMLElement {
    switch (s.name) {
      case 'menu':
        return menuView({ t, lang: prefs.lang, scenarios: inLang(), resumable: resumable(), onLang: setLang, onPick: pick, onHelp: help });
      case 'start': {
        const titleOf = (id: string) => inLang().find((e) => e.id === id)?.meta.title;
        const begin = (entry: ScenarioEntry, start: BeginOptions) => void playOutcome(entry, () => director.begin(entry, start));
        const { storage, selfChecks } = o;
        return startScreen({ t, prefs, storage, director, selfChecks, offer: checks.startPanel, titleOf, onBack: showMenu, begin }, s);
      }
      case 'loading':
        return loadingView(t, s.entry);
      case 'load-error':
        return loadErrorView({ t, entry: s.entry, onRetry: s.retry, onMenu: showMenu });
      case 'story-changed':
        return storyChangedView({
          t,
          entry: s.entry,
          onRestart: () => pick(s.entry),
          onViewOld: () => debrief(s.entry, s.record, false),
          onMenu: showMenu,
        });
      case 'debrief': {
        const { entry, record } = s;
        const back = () => go(s);
        return debriefView({
          t,
          meta: entry.meta,
          record,
          onTryAgain: s.replayable ? (step) => void playOutcome(entry, () => director.rewind(record, step)) : null,
          onMap: () => void runs.showMap(record, back),
          onCompare: () => void runs.compareWithPrevious(record, back),
          onPlayAgain: () => pick(entry),
          onMenu: showMenu,
          onHelp: help,
          onPause: () => openPause(t, showMenu),
          onTranscript: s.replayable ? () => transcript(entry, record, back) : null,
          selfCheck: checks.debriefPart(s),
        });
      }
    }
  }

  const showMenu = () => go({ name: 'menu' });
  const pick = (entry: ScenarioEntry) => {
    if (checks.settled()) return go({ name: 'start', entry });
    // The self-check's offer is part of the start screen: wait for its code (fetched at
    // startup), so that Begin never moves under the pointer when the offer arrives.
    const loading: Screen = { name: 'loading', entry };
    go(loading);
    void checks.whenSettled().then(() => {
      if (screen === loading) go({ name: 'start', entry });
    });
  };
  const debrief = (entry: ScenarioEntry, record: RunRecord, replayable = true) => go({ name: 'debrief', entry, record, replayable });

  function resumable() {
    const run = director.resumable();
    return run && { title: run.entry.meta.title, onResume: () => void playOutcome(run.entry, () => director.resume(run.record)) };
  }

  /** Ask the director for a run to play, and show it (or what went wrong, with a retry). */
  async function playOutcome(entry: ScenarioEntry, ask: () => Promise<Outcome>): Promise<void> {
    go({ name: 'loading', entry });
    const outcome = await ask();
    if (!outcome.ok && outcome.reason === 'load') go({ name: 'load-error', entry, retry: () => void playOutcome(entry, ask) });
    else showOutcome(outcome);
  }

  function showOutcome(outcome: Outcome): void {
    if (outcome.ok) {
      const { playing } = outcome;
      if (playing.session.ended) debrief(playing.entry, playing.session.record);
      else go({ name: 'play', playing });
    } else if (outcome.reason === 'story-changed') go({ name: 'story-changed', entry: outcome.entry, record: outcome.record });
    else notice(t.errors.load);
  }

  function showPlay(p: Playing) {
    const v = playView({
      t,
      session: p.session,
      title: p.entry.meta.title,
      onPause: pause,
      onHelp: help,
      onQuit: quit,
      onLookBack: () => debrief(p.entry, p.session.record),
      onRewind: (step) => void playOutcome(p.entry, () => director.rewind(p.session.record, step)),
    });
    show(v.element, false);
    view = v;
    presenterSubs = attachPresenters(o.presenters, p.session, v.stageSlot);
    if (!p.session.started) p.session.start();
    else v.element.querySelector<HTMLButtonElement>(RESUMED_FOCUS)?.focus();
  }

  /** A finished run read back whole; Back returns to the button that opened it. */
  const transcript = (entry: ScenarioEntry, record: RunRecord, back: () => void) =>
    openTranscript({ t, lang: prefs.lang, entry, record, show, onBack: back });

  const runScreensContext: RunScreensContext = {
    t: () => t,
    lang: () => prefs.lang,
    scenarios: o.scenarios,
    director,
    show,
    setRerender: (draw) => {
      screen = { name: 'runs', draw };
    },
    notice,
    open: (run, entry) => (run.ending ? debrief(entry, run) : void playOutcome(entry, () => director.resume(run))),
    duplicate: (run, entry) => void playOutcome(entry, () => director.duplicate(run)),
    checks,
    showMenu,
  };
  // The library, path map and compare screens are their own chunk: the menu does not need them.
  let loadedRunScreens: Promise<ReturnType<typeof runScreens>> | null = null;
  const withRunScreens = (draw: (screens: ReturnType<typeof runScreens>) => Promise<void>, rerender: () => void) => {
    // Taken at once, so that a run reopening on a reload does not jump over the click.
    screen = { name: 'runs', draw: rerender };
    loadedRunScreens ??= import('./run-screens.ts').then((m) => m.runScreens(runScreensContext));
    return loadedRunScreens.then(draw, (error: unknown) => {
      loadedRunScreens = null;
      console.warn('The runs screens could not load', error);
      notice(t.errors.screen);
    });
  };
  const runs = {
    showLibrary: (): Promise<void> =>
      withRunScreens(
        (s) => s.showLibrary(),
        () => void runs.showLibrary(),
      ),
    showMap: (record: RunRecord, back: () => void): Promise<void> =>
      withRunScreens(
        (s) => s.showMap(record, back),
        () => void runs.showMap(record, back),
      ),
    compareWithPrevious: (record: RunRecord, back: () => void): Promise<void> =>
      withRunScreens(
        (s) => s.compareWithPrevious(record, back),
        () => void runs.compareWithPrevious(record, back),
      ),
  };

  function quit() {
    const p = director.playing;
    if (p && !p.session.ended) notice(t.safety.runKept(p.entry.meta.title));
    void director.quit();
    showMenu();
  }

  unfoldForPrint();
  playKeys({
    view: () => view,
    active: () => prefs.shortcuts && (view !== null || main.querySelector('.debrief') !== null),
    pause: () => (view ? pause() : openPause(t, showMenu)),
    sound: () => toggle('sound'),
    readAloud: () => toggle('readAloud'),
  });

  drawHeader();
  showMenu();
  if (o.persistent === false) director.savingOff();
  void checks.init();
  // A reload goes on with the run played last (or offers it on the menu).
  void director.open().then((outcome) => {
    if (screen.name !== 'menu') return;
    if (outcome) showOutcome(outcome);
    else showMenu();
  });
}
