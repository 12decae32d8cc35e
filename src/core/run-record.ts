// The run record: everything needed to show, compare, resume or replay one play.
import type { Meters } from './meters.ts';
import type { ChoiceKind, EndingType } from './protocol.ts';

export type Pronoun = 'she' | 'he' | 'they';
export const PRONOUNS: readonly Pronoun[] = ['she', 'he', 'they'];
export type Lang = 'nl' | 'en';
export const LANGS: readonly Lang[] = ['nl', 'en'];

export interface LovedOne {
  name: string;
  pronoun: Pronoun;
}

export interface StepRecord {
  /** Stable id of the choice point (its place in the ink). */
  pointId: string;
  /** Index of the chosen option among those offered. */
  choiceIndex: number;
  /** Stable id of the chosen option (its ink target path). */
  optionId: string;
  text: string;
  kind: ChoiceKind;
  /** Meters when the choice was made, and after its consequences played out. */
  before: Meters;
  after: Meters;
  /** Inner voice lines that followed the choice. */
  inner: string[];
  at: number;
}

export interface RunRecord {
  scenarioId: string;
  lang: Lang;
  storyHash: string;
  seed: number;
  startedAt: number;
  lovedOne: LovedOne;
  /** Extra story variables the game set before the start (e.g. a carried-over rupture). */
  variables: Record<string, string | number>;
  initialMeters: Meters;
  steps: StepRecord[];
  ending: EndingType | null;
  endedAt: number | null;
  /** The run this one branched from, and at which choice (rewinding to try another answer). */
  parent: RunLink | null;
  /** The player's own name for the run (e.g. "group A"). */
  label?: string;
}

/** Identifies a run (its start and seed) and a choice point in it. */
export interface RunLink {
  startedAt: number;
  seed: number;
  step: number;
}
