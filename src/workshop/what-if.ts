// "What if we had chosen B here": a copy of the group's run, replayed to one of its choice
// points, that takes another option there. The group's own run is not touched; the copy
// links back to it (like the game's own rewinding) and plays on as a workshop.
import type { StoryBundle } from '../core/story-session.ts';
import { StorySession } from '../core/story-session.ts';
import { type FlowSave, WorkshopFlow } from './workshop-flow.ts';

export function whatIf(group: WorkshopFlow, bundle: StoryBundle, step: number, index: number): WorkshopFlow {
  const record = group.record;
  const session = StorySession.replay(
    {
      bundle,
      lovedOne: record.lovedOne,
      seed: record.seed,
      variables: record.variables,
      parent: { startedAt: record.startedAt, seed: record.seed, step },
    },
    record.steps.slice(0, step).map((s) => s.choiceIndex),
  );
  const save: FlowSave = {
    ...group.save(),
    record: session.record,
    rounds: group.rounds.slice(0, step),
    phase: 'discuss',
    handCounts: null,
    phoneCounts: null,
    consequencesShown: true,
  };
  const branch = WorkshopFlow.restore(session, save);
  branch.choose(index);
  return branch;
}
