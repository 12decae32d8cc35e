// The running workshop, kept in the facilitator's tab (sessionStorage): a reload of the
// facilitator's window picks up the same run at the same moment, with the same counts.
import { loadBundle, type ScenarioEntry } from '../../core/catalog.ts';
import type { StoryBundle } from '../../core/story-session.ts';
import { resumeRun } from '../../runs/resume.ts';
import { type FlowSave, WorkshopFlow } from '../../workshop/workshop-flow.ts';

export type Screen = 'setup' | 'guide' | 'play' | 'debrief' | 'report';

export interface SavedWorkshop {
  version: 1;
  flow: FlowSave;
  screen: Screen;
  /** The debrief question the facilitator is at, and the one on the projector. */
  current: number;
  shown: number | null;
  /** When the facilitator's timer runs out (epoch ms), if one runs. */
  timerEndsAt?: number | null;
}

export interface Resumed {
  saved: SavedWorkshop;
  entry: ScenarioEntry;
  bundle: StoryBundle;
  flow: WorkshopFlow;
}

const KEY = 'dichtbij.workshop.v1';

export function saveWorkshop(storage: Storage | null, saved: SavedWorkshop): boolean {
  try {
    storage?.setItem(KEY, JSON.stringify(saved));
    return storage !== null;
  } catch {
    return false;
  }
}

export function forgetWorkshop(storage: Storage | null): void {
  storage?.removeItem(KEY);
}

/** The saved workshop, replayed to where it was; null when there is none; throws when it cannot continue. */
export async function resumeWorkshop(storage: Storage | null, scenarios: readonly ScenarioEntry[]): Promise<Resumed | null> {
  const raw = storage?.getItem(KEY);
  if (!raw) return null;
  try {
    const saved = JSON.parse(raw) as SavedWorkshop;
    const record = saved.flow.record;
    const entry = scenarios.find((e) => e.id === record.scenarioId && e.lang === record.lang);
    if (!entry || saved.version !== 1) throw new Error('unknown scenario');
    const bundle = await loadBundle(entry);
    const resumed = resumeRun(bundle, record);
    if (!resumed.ok) throw new Error('the story changed');
    resumed.session.record.label = record.label;
    return { saved, entry, bundle, flow: WorkshopFlow.restore(resumed.session, saved.flow) };
  } catch (error) {
    forgetWorkshop(storage);
    throw error;
  }
}
