// The workshop: its own lazy chunk, loaded only when the page is opened as the
// facilitator's window (?view=facilitator) or the projector's (?view=audience).
import './workshop.css';
import './room-check.css';
import type { ScenarioEntry } from '../../core/catalog.ts';
import type { Lang, RunRecord } from '../../core/run-record.ts';
import { audienceScreen } from './audience-screen.ts';
import type { StagePresenter } from './audience-stage.ts';
import { broadcastLink } from './broadcast-link.ts';
import { facilitatorApp, type PathMapPresenter } from './facilitator-app.ts';

export type WorkshopView = 'facilitator' | 'audience';

export interface WorkshopStart {
  root: HTMLElement;
  view: WorkshopView;
  scenarios: readonly ScenarioEntry[];
  lang: Lang;
  languages: readonly string[];
  /** Keep the group's run among the runs of this device (main.ts wires the store). */
  keepRun: (record: RunRecord) => Promise<void>;
  pathMap?: PathMapPresenter;
  /** The stage presenter: the projector shows the two figures as solo play does. */
  stage?: StagePresenter;
  /** Told whether the projector should play sound (the facilitator decides). */
  sound?: (on: boolean) => void;
}

function tabStorage(): Storage | null {
  try {
    return window.sessionStorage;
  } catch {
    return null;
  }
}

/** This device's storage: the hosted relay chosen in the setup is remembered for the next workshop. */
function deviceStorage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

export function startWorkshop(o: WorkshopStart): void {
  document.body.classList.add(`ws-${o.view}`);
  // The game's sizes are in rem: scaling the root makes the whole page projector-sized.
  document.documentElement.classList.add(`ws-root-${o.view}`);
  if (o.view === 'audience') {
    audienceScreen(o.root, broadcastLink(), o.lang, o.stage ? { scenarios: o.scenarios, present: o.stage, sound: o.sound } : undefined);
    return;
  }
  facilitatorApp({
    root: o.root,
    scenarios: o.scenarios,
    lang: o.lang,
    languages: o.languages,
    session: tabStorage(),
    device: deviceStorage(),
    keepRun: o.keepRun,
    link: broadcastLink(),
    pathMap: o.pathMap,
  });
}
