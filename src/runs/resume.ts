// Resuming a saved run: replay its choices with its seed (deterministic), then check that
// the story still leads through the same choice points. A changed story is reported, not
// guessed at.
import type { RunRecord } from '../core/run-record.ts';
import { type Clock, type StoryBundle, StorySession } from '../core/story-session.ts';

export type Resumed = { ok: true; session: StorySession } | { ok: false; reason: 'story-changed'; atStep: number };

export function resumeRun(bundle: StoryBundle, saved: RunRecord, clock?: Clock): Resumed {
  if (bundle.hash !== saved.storyHash) return { ok: false, reason: 'story-changed', atStep: 0 };
  const session = StorySession.create({
    bundle,
    lovedOne: saved.lovedOne,
    seed: saved.seed,
    variables: saved.variables,
    parent: saved.parent,
    clock,
  });
  session.start();
  for (const [i, step] of saved.steps.entries()) {
    const option = session.choicePoint?.options[step.choiceIndex];
    if (!option || option.id !== step.optionId || option.blocked) return { ok: false, reason: 'story-changed', atStep: i };
    session.choose(step.choiceIndex);
  }
  // The replay made new timestamps; the run keeps its own (and the player's label).
  const record = session.record;
  record.startedAt = saved.startedAt;
  if (saved.label) record.label = saved.label;
  record.steps.forEach((step, i) => {
    step.at = saved.steps[i]?.at ?? step.at;
  });
  return { ok: true, session };
}
