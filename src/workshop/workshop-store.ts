// The running workshop, kept in the facilitator's tab (sessionStorage): a reload of the
// facilitator's window picks up the same run at the same moment, with the same counts.
// What is read back is checked (valibot, as runs are): storage can hold anything (an
// older version, a half-written save). A save that does not pass is set aside under its
// own key, never used and never allowed to break the window; the facilitator is told.
import * as v from 'valibot';
import { loadBundle, type ScenarioEntry } from '../core/catalog.ts';
import { KINDS } from '../core/protocol.ts';
import { LANGS } from '../core/run-record.ts';
import type { StoryBundle } from '../core/story-session.ts';
import { resumeRun } from '../runs/resume.ts';
import { MetersSchema, RunRecordSchema } from '../runs/run-schema.ts';
import { type FlowSave, type MetersShown, type Phase, type VotingMode, WorkshopFlow } from './workshop-flow.ts';

export type Screen = 'setup' | 'guide' | 'play' | 'debrief' | 'report';

export interface SavedWorkshop {
  version: 1;
  flow: FlowSave;
  screen: Screen;
  /** The debrief question the facilitator is at, and the one on the projector. */
  current: number;
  shown: number | null;
  /** When the facilitator's timer runs out (epoch ms), if one runs: a reload keeps it. */
  timerEndsAt?: number | null;
}

export interface Resumed {
  saved: SavedWorkshop;
  entry: ScenarioEntry;
  bundle: StoryBundle;
  flow: WorkshopFlow;
}

/** Why a saved workshop could not go on: not readable (set aside), or its story changed. */
export type ResumeProblem = 'broken' | 'story-changed';

const KEY = 'dichtbij.workshop.v1';
const SET_ASIDE = 'dichtbij.workshop.set-aside';

const SCREENS = ['setup', 'guide', 'play', 'debrief', 'report'] as const satisfies readonly Screen[];
const PHASES = ['scene', 'discuss', 'voting', 'closed', 'revealed', 'ended'] as const satisfies readonly Phase[];
const VOTING = ['hands', 'phones', 'both'] as const satisfies readonly VotingMode[];
const METERS_SHOWN = ['always', 'after-reveal'] as const satisfies readonly MetersShown[];
const count = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(100_000));
const index = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(200));
const text = (max: number) => v.pipe(v.string(), v.maxLength(max));

const Round = v.looseObject({
  step: index,
  pointId: text(200),
  prompt: v.nullable(text(2000)),
  options: v.pipe(v.array(v.looseObject({ index, text: text(2000), kind: v.picklist(KINDS), blocked: v.boolean() })), v.maxLength(20)),
  counts: v.nullable(v.pipe(v.array(count), v.maxLength(20))),
  majority: v.pipe(v.array(index), v.maxLength(20)),
  chosen: index,
  overridden: v.boolean(),
  after: MetersSchema,
});

// Loose where the flow may grow (a newer field is kept, not refused); strict in what it knows.
const SavedWorkshopSchema = v.looseObject({
  version: v.literal(1),
  flow: v.looseObject({
    version: v.literal(1),
    settings: v.looseObject({ lang: v.picklist(LANGS), voting: v.picklist(VOTING), meters: v.picklist(METERS_SHOWN) }),
    record: RunRecordSchema,
    rounds: v.pipe(v.array(Round), v.maxLength(200)),
    phase: v.picklist(PHASES),
    handCounts: v.nullable(v.pipe(v.array(count), v.maxLength(20))),
    phoneCounts: v.nullable(v.pipe(v.array(count), v.maxLength(20))),
    consequencesShown: v.boolean(),
    sceneContinued: v.optional(v.boolean()),
  }),
  screen: v.picklist(SCREENS),
  current: index,
  shown: v.nullable(index),
  timerEndsAt: v.optional(v.nullable(v.pipe(v.number(), v.integer(), v.minValue(0)))),
});

/** A saved workshop read back: checked whole, or a short reason why not. */
export function parseSavedWorkshop(raw: string): { ok: true; saved: SavedWorkshop } | { ok: false; problem: string } {
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return { ok: false, problem: 'not JSON' };
  }
  const result = v.safeParse(SavedWorkshopSchema, data);
  if (result.success) return { ok: true, saved: result.output as unknown as SavedWorkshop };
  const issue = result.issues[0];
  const path = issue?.path?.map((p) => String(p.key)).join('.') ?? '';
  return { ok: false, problem: `${path ? `${path}: ` : ''}${issue?.message ?? 'not a workshop'}` };
}

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

/**
 * The saved workshop, replayed to where it was; null when there is none. A save that
 * does not pass the check is set aside (kept apart, never deleted) and reported.
 */
export async function resumeWorkshop(
  storage: Storage | null,
  scenarios: readonly ScenarioEntry[],
): Promise<{ ok: true; resumed: Resumed } | { ok: false; problem: ResumeProblem } | null> {
  const raw = storage?.getItem(KEY);
  if (!raw) return null;
  const parsed = parseSavedWorkshop(raw);
  const record = parsed.ok ? parsed.saved.flow.record : null;
  const entry = record && scenarios.find((e) => e.id === record.scenarioId && e.lang === record.lang);
  if (!parsed.ok || !entry) {
    console.warn('The saved workshop was set aside:', parsed.ok ? 'unknown scenario' : parsed.problem);
    try {
      storage?.setItem(SET_ASIDE, raw);
    } catch {
      // No room to keep it apart: it goes, rather than break every reload.
    }
    forgetWorkshop(storage);
    return { ok: false, problem: 'broken' };
  }
  try {
    const bundle = await loadBundle(entry);
    const resumed = resumeRun(bundle, parsed.saved.flow.record);
    if (!resumed.ok) throw new Error('the story changed');
    return { ok: true, resumed: { saved: parsed.saved, entry, bundle, flow: WorkshopFlow.restore(resumed.session, parsed.saved.flow) } };
  } catch (error) {
    console.warn('The saved workshop could not go on', error);
    forgetWorkshop(storage);
    return { ok: false, problem: 'story-changed' };
  }
}
