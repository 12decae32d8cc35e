// The circle as a count (CONTENT.md, "The model"): a round happened when an answer closed the
// circle again (the model's `cycle` rose); a caring answer (attune, boundary, repair) is a step
// out of it. Play and debrief count from the same steps, so they always say the same numbers.
import type { Meters } from './meters.ts';
import type { ChoiceKind } from './protocol.ts';

export const STEP_OUT_KINDS: readonly ChoiceKind[] = ['attune', 'boundary', 'repair'];

export function isStepOut(kind: ChoiceKind): boolean {
  return STEP_OUT_KINDS.includes(kind);
}

export function isRound(before: Meters, after: Meters): boolean {
  return after.cycle > before.cycle;
}

export function circleCounts(steps: readonly { kind: ChoiceKind; before: Meters; after: Meters }[]): {
  rounds: number;
  stepsOut: number;
} {
  let rounds = 0;
  let stepsOut = 0;
  for (const s of steps) {
    if (isRound(s.before, s.after)) rounds++;
    if (isStepOut(s.kind)) stepsOut++;
  }
  return { rounds, stepsOut };
}
