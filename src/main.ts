// Composition root: the only place that wires story catalog, DOM app and stage together.
// Phaser is loaded after the menu is on screen and the game is created on first play.
import '@fontsource/atkinson-hyperlegible/400.css';
import '@fontsource/atkinson-hyperlegible/700.css';
import './ui/styles.css';
import './ui/a11y.css';
import './ui/self-check.css';
import { scenarios } from 'virtual:scenarios';
import stageUrl from 'virtual:stage-url';
import type { Subscription } from './core/events.ts';
import type { RunRecord } from './core/run-record.ts';
import type { StorySession } from './core/story-session.ts';
import { PlayDirector } from './runs/play-director.ts';
import { RunRepository } from './runs/run-repository.ts';
import { SelfCheckDirector } from './runs/self-check-director.ts';
import { SelfCheckStore } from './runs/self-check-store.ts';
import { IndexedDbStore, MemoryStore } from './runs/storage.ts';
import type { RenderRequest } from './sound/offline-render.ts';
import type { StageHost } from './stage/stage-host.ts';
import { createApp } from './ui/app.ts';
import { applyPrefs, motionReduced } from './ui/apply-prefs.ts';
import { showFatal } from './ui/fatal.ts';
import type { Dict } from './ui/i18n/index.ts';
import { loadDictionary, preferredLang } from './ui/i18n/load.ts';
import { loadPrefs, type Prefs, safeLocalStorage, VOLUME_MAX } from './ui/prefs.ts';
import type { Presenter } from './ui/screen.ts';

declare global {
  interface Window {
    /** Test and automation hooks (DESIGN.md, "Test hooks"). */
    __dichtbij: {
      game: unknown;
      ready: boolean;
      /** Renders the soundscape offline (the same graph the game plays), for measuring it. */
      renderSound?: (request: RenderRequest) => Promise<{ sampleRate: number; base64: string }>;
    };
  }
}

/** Sound and reading aloud: presenters that can be switched, paused and told of new settings. */
interface Player {
  present(session: StorySession): Subscription;
  update(): void;
  setPaused(paused: boolean): void;
}

/**
 * A player whose code is fetched only once it is first switched on (most players never do,
 * and the menu stays small); until then it keeps the session it would present.
 */
function lazyPlayer(wanted: () => boolean, load: () => Promise<Player>): Player {
  let player: Player | null = null;
  let loading = false;
  let session: StorySession | null = null;
  let paused = false;
  const shown = new Map<StorySession, Subscription>();
  const ensure = () => {
    if (loading || !wanted()) return;
    loading = true;
    load().then(
      (loaded) => {
        player = loaded;
        player.setPaused(paused);
        if (session) shown.set(session, player.present(session));
      },
      (error: unknown) => {
        loading = false;
        console.warn('Sound or reading aloud could not be loaded', error);
      },
    );
  };
  return {
    present(next) {
      session = next;
      ensure();
      if (player) shown.set(next, player.present(next));
      return {
        close() {
          shown.get(next)?.close();
          shown.delete(next);
          if (session === next) session = null;
        },
      };
    },
    update() {
      ensure();
      player?.update();
    },
    setPaused(next) {
      paused = next;
      player?.setPaused(next);
    },
  };
}

window.__dichtbij = {
  game: null,
  ready: false,
  renderSound: (request) => import('./sound/offline-render.ts').then((render) => render.renderSoundscape(request)),
};
const storage = safeLocalStorage();
const prefs = loadPrefs(storage, preferredLang(navigator.languages ?? [navigator.language]));
const soundSettings = (p: Prefs, on: boolean) => ({
  on,
  room: p.roomVolume / VOLUME_MAX,
  heart: p.heartVolume / VOLUME_MAX,
  cues: p.cueVolume / VOLUME_MAX,
});
const workshop = new URLSearchParams(window.location.search).get('view');
// On the projector the facilitator decides whether sound plays; the volumes are this device's.
let projectorSound = false;
const soundOn = () => soundSettings(prefs, workshop === 'audience' ? projectorSound : prefs.sound);
const sound = lazyPlayer(
  () => soundOn().on,
  () => import('./sound/sound-player.ts').then(({ soundPlayer }) => soundPlayer({ settings: soundOn })),
);
const reader = lazyPlayer(
  () => prefs.readAloud,
  () => import('./ui/read-aloud.ts').then(({ readAloud }) => readAloud({ prefs: () => prefs })),
);
const reducedMotion = window.matchMedia('(prefers-reduced-motion: reduce)');
// Settings (and the system's reduced motion) apply to the page and to the stage, live.
const motionOn = () => !motionReduced(prefs, reducedMotion.matches);
let setStageMotion: ((on: boolean) => void) | null = null;
const applySettings = () => {
  applyPrefs(prefs, reducedMotion.matches);
  setStageMotion?.(motionOn());
  sound.update();
  reader.update();
};
applySettings();
reducedMotion.addEventListener('change', applySettings);

const loadStageModule = () => import('./stage/stage-host.ts');
let host: Promise<StageHost | null> | null = null;
// The first scenario's text and choices are painted before Phaser's module code runs and
// its game starts (both long tasks); the stage fades in when it is ready.
const afterNextPaint = () => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
function stageHost(): Promise<StageHost | null> {
  host ??= afterNextPaint()
    .then(loadStageModule)
    .then(({ createStageHost }) => {
      const created = createStageHost({ motion: motionOn() });
      window.__dichtbij.game = created.game;
      setStageMotion = (on) => created.setMotion(on);
      return created;
    })
    .catch((error: unknown) => {
      console.warn('The stage could not start; playing without it.', error);
      return null;
    });
  return host;
}

/**
 * A presenter whose code arrives later (a lazy chunk): attached once it is loaded, and
 * not at all when the session was closed in the meantime.
 */
function whenLoaded<T>(load: () => Promise<T | null>, attach: (loaded: T | null) => Subscription | null): Subscription {
  let attached: Subscription | null = null;
  let closed = false;
  void load().then((loaded) => {
    if (!closed) attached = attach(loaded);
  });
  return {
    close() {
      closed = true;
      attached?.close();
    },
  };
}

const stagePresenter: Presenter = (session, slot) => {
  slot.dataset.stage = 'loading';
  return whenLoaded(stageHost, (host) => {
    slot.dataset.stage = host ? 'ready' : 'failed';
    return host ? host.attach(session, slot) : null;
  });
};

const whenIdle = (work: () => void, timeout: number) => {
  if ('requestIdleCallback' in window) window.requestIdleCallback(work, { timeout });
  else setTimeout(work, 500);
};
let offlineRegistered = false;
function registerOffline() {
  // Built games only: a service worker in the dev server would serve stale modules.
  if (offlineRegistered || !import.meta.env.PROD) return;
  offlineRegistered = true;
  void import('./offline.ts').then((offline) => offline.registerServiceWorker());
}
const offlinePresenter: Presenter = (session) => {
  const first = session.on('choices', () => {
    first.close();
    whenIdle(registerOffline, 2000);
  });
  return first;
};

// The self-check's answers are kept in the same store as the runs, and imported with them.
const store = typeof indexedDB === 'undefined' ? new MemoryStore() : new IndexedDbStore();
const runs = new RunRepository(store);
const selfChecks = new SelfCheckDirector(new SelfCheckStore(store));
const director = new PlayDirector({
  runs,
  selfChecks,
  scenarios,
  tabs: typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel('dichtbij-runs'),
  random: () => crypto.getRandomValues(new Uint32Array(1))[0] ?? 1,
});
// The autosave listens to the session like any presenter: after every choice, and at the end.
const autosave: Presenter = (session) => director.autosave(session);

// Story authors get the inspector in the dev server; production builds drop this branch.
const presenters: Presenter[] = [
  autosave,
  stagePresenter,
  offlinePresenter,
  (session) => sound.present(session),
  (session) => reader.present(session),
];
if (import.meta.env.DEV) {
  presenters.push((session) =>
    whenLoaded(
      () => import('./ui/dev-inspector.ts'),
      (inspector) => inspector?.inspectStory(session) ?? null,
    ),
  );
}

const root = document.getElementById('app');
if (!root) throw new Error('index.html has no #app element');

window.addEventListener('error', (event) => showFatal(root, prefs.lang, event.error ?? event.message));
window.addEventListener('unhandledrejection', (event) => showFatal(root, prefs.lang, event.reason));

/** The group's path on the scenario's path map, in the workshop's debrief. */
function workshopPathMap(slot: HTMLElement, record: RunRecord): void {
  const entry = scenarios.find((e) => e.id === record.scenarioId && e.lang === record.lang);
  void Promise.all([entry?.loadMap?.(), loadDictionary(record.lang), import('./ui/path-map-view.ts')])
    .then(([loaded, t, { mapOrientation, pathMapFigure }]) => {
      if (!loaded || !slot.isConnected) return;
      slot.replaceChildren(
        pathMapFigure({
          t,
          map: loaded.default,
          runs: [record],
          selected: record,
          orientation: mapOrientation(),
        }),
      );
    })
    .catch((error: unknown) => console.warn('The path map could not be shown', error));
}

const languages = navigator.languages ?? [navigator.language];
/** The game's menu (not the workshop's windows), in the player's language. */
const startGame = (dictionary: Dict): void => {
  createApp({
    dictionary,
    root,
    scenarios,
    prefs,
    storage,
    languages,
    presenters,
    director,
    selfChecks,
    persistent: typeof indexedDB !== 'undefined',
    onPrefs: (changed) => {
      Object.assign(prefs, changed);
      applySettings();
    },
    onPause: (paused) => {
      sound.setPaused(paused);
      reader.setPaused(paused);
    },
  });
  window.__dichtbij.ready = true;
  // The menu is on screen and its buttons work: what `npm run bench` times (and DevTools shows).
  performance.mark('dichtbij:menu-interactive');

  // Fetch and compile Phaser in the background while the player reads the menu (it is not
  // needed to paint it), without running it yet: running Phaser's module code is a long task
  // that would hold up a click. It runs, and the game is created, when a scenario starts.
  const warmUp = () => {
    const link = document.createElement('link');
    link.rel = 'modulepreload';
    link.href = stageUrl;
    document.head.append(link);
  };
  // Not before the menu has painted and settled: on a slow connection Phaser's 360 KB would
  // otherwise share the line with what the menu still needs (Lighthouse counted it in the
  // menu's largest paint). The first text never waits for the stage, so later costs nothing.
  setTimeout(() => whenIdle(warmUp, 2000), 3000);
  // Offline play: the first visit precaches the whole game (about 2.5 MB). That download
  // must not compete with the first story the player opens, so it starts once a scenario's
  // first choices are on screen, or after a while on the menu.
  setTimeout(() => whenIdle(registerOffline, 2000), 15_000);
};

// The workshop's facilitator and projector windows are their own lazy chunk (no Phaser).
if (workshop === 'facilitator' || workshop === 'audience') {
  const projector: Presenter = (session, slot) => {
    const shown = [stagePresenter(session, slot), sound.present(session)];
    return {
      close() {
        for (const s of shown) s.close();
      },
    };
  };
  const soundOnProjector = (on: boolean) => {
    projectorSound = on;
    sound.update();
  };
  void import('./ui/workshop/index.ts').then(({ startWorkshop }) => {
    startWorkshop({
      root,
      view: workshop,
      scenarios,
      lang: prefs.lang,
      languages,
      keepRun: (record) => runs.keep(record),
      stage: projector,
      sound: soundOnProjector,
      pathMap: workshopPathMap,
    });
    window.__dichtbij.ready = true;
  });
} else {
  // The player's language first (its own chunk), then the menu.
  void loadDictionary(prefs.lang).then(startGame, (error: unknown) => showFatal(root, prefs.lang, error));
}
