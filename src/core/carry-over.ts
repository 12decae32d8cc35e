// Story variables the game may carry over from an earlier run before a scenario starts.
// The repair scenario starts from a rupture: the player's last run of the first scenario
// says which one, or (when there is none) the story asks.
import type { ChoiceKind } from './protocol.ts';

export interface CarryOver {
  /** The scenario whose runs the value comes from. */
  from: string;
  variable: string;
  values: readonly string[];
  /** Picks the value from that run's choices, or null when nothing fits. */
  derive(kinds: readonly ChoiceKind[]): string | null;
}

export const CARRY_OVER: Record<string, CarryOver> = {
  'the-morning-after': {
    from: 'fight-about-nothing',
    variable: 'rupture',
    values: ['snapped', 'labelled', 'walked-out'],
    derive(kinds) {
      if (kinds.includes('label')) return 'labelled';
      if (kinds.includes('personalize')) return 'walked-out';
      if (kinds.includes('pursue')) return 'snapped';
      return null;
    },
  },
};
