// Story variables the game may carry over from an earlier run before a scenario starts.
// The repair scenario starts from a rupture: the player's last run of the fight says which
// one, or (when there is none, or the player did nothing that hurt) the story asks.
import type { ChoiceKind } from './protocol.ts';
import type { StepRecord } from './run-record.ts';

/** What a carry-over reads of a step: where it was chosen and what kind of answer it was. */
export type CarriedStep = Pick<StepRecord, 'optionId' | 'kind'>;

export interface CarryOver {
  /** The scenario whose runs the value comes from. */
  from: string;
  variable: string;
  values: readonly string[];
  /** Picks the value from that run's steps, or null when nothing fits. */
  derive(steps: readonly CarriedStep[]): string | null;
}

/** The ruptures of the fight, the most hurtful first: the morning after names that one. */
export const RUPTURES = ['hit-back', 'labelled', 'stayed-out', 'chased', 'went-cold', 'kept-score'] as const;
export type Rupture = (typeof RUPTURES)[number];

/**
 * What each hurtful answer of the fight did, by the knot (or knot.stitch) it was chosen in and
 * its kind. Kinds alone cannot tell: "personalize" is a cruel remark in one place, keeping score
 * in another and going cold behind a door in a third. A tender "tell me" at the credits (the
 * opening's pursue) is no rupture, so it is not listed.
 */
export const FIGHT_RUPTURES: Readonly<Record<string, Partial<Record<ChoiceKind, Rupture>>>> = {
  kitchen: { personalize: 'kept-score' },
  'kitchen.leave': { pursue: 'chased', label: 'labelled' },
  'kitchen.words': { personalize: 'hit-back' },
  balcony: { personalize: 'stayed-out' },
  door: { personalize: 'went-cold', pursue: 'chased' },
  swallow: { personalize: 'went-cold' },
  later: { pursue: 'chased', label: 'labelled' },
};

/** The named place of an ink path: its knot and stitch, without counters, gathers and choices. */
export function inkPlace(path: string): string {
  return path
    .split('.')
    .filter((part) => !/^\d+$/.test(part) && !/^[cg]-\d+$/.test(part))
    .join('.');
}

/** The most hurtful rupture among a run of the fight, or null when nothing in it hurt. */
export function fightRupture(steps: readonly CarriedStep[]): Rupture | null {
  const found = new Set<Rupture>();
  for (const step of steps) {
    const rupture = FIGHT_RUPTURES[inkPlace(step.optionId)]?.[step.kind];
    if (rupture) found.add(rupture);
  }
  return RUPTURES.find((r) => found.has(r)) ?? null;
}

export const CARRY_OVER: Record<string, CarryOver> = {
  'the-morning-after': {
    from: 'fight-about-nothing',
    variable: 'rupture',
    values: RUPTURES,
    derive: fightRupture,
  },
};
