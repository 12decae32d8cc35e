// The stage on the projector: the audience window keeps its own copy of the group's run
// (the same scenario, seed and choices replay to the same story) and hands it to the stage
// presenter, so the room sees the two figures move. The copy only takes a choice once the
// room may see its consequences.
import { loadBundle, type ScenarioEntry } from '../../core/catalog.ts';
import type { Subscription } from '../../core/events.ts';
import { StorySession } from '../../core/story-session.ts';
import type { StageRun } from '../../workshop/audience-state.ts';
import { type StageGate, stageGate } from '../../workshop/stage-gate.ts';

export type StagePresenter = (session: StorySession, slot: HTMLElement) => Subscription;

export interface AudienceStage {
  show(run: StageRun | null): void;
  close(): void;
}

const runKey = (run: StageRun) => JSON.stringify([run.scenarioId, run.lang, run.seed, run.lovedOne, run.variables]);

export function audienceStage(slot: HTMLElement, scenarios: readonly ScenarioEntry[], present: StagePresenter): AudienceStage {
  let session: StorySession | null = null;
  let gate: StageGate | null = null;
  let key = '';
  let attached: Subscription | null = null;
  let wanted = 0;

  const rebuild = async (run: StageRun, ticket: number) => {
    const entry = scenarios.find((e) => e.id === run.scenarioId && e.lang === run.lang);
    if (!entry) return;
    const bundle = await loadBundle(entry).catch(() => null);
    if (!bundle || ticket !== wanted) return;
    // All but the last choice at once; the last through the gate, as if it were just made.
    const last = run.choices.at(-1);
    const earlier = last === undefined ? [] : run.choices.slice(0, -1);
    const next = StorySession.replay({ bundle, lovedOne: run.lovedOne, seed: run.seed, variables: run.variables }, earlier);
    attached?.close();
    gate?.close();
    session?.dispose();
    session = next;
    gate = stageGate(next);
    key = runKey(run);
    attached = present(gate.session, slot);
    if (last !== undefined && next.choicePoint) {
      gate.limit(run.holdAfter);
      next.choose(last);
    }
  };

  return {
    show(run) {
      slot.hidden = run === null;
      if (!run) return;
      const made = session?.record.steps.map((s) => s.choiceIndex) ?? [];
      const sameRun = session !== null && key === runKey(run);
      const extends_ = sameRun && made.every((c, i) => run.choices[i] === c) && run.choices.length >= made.length;
      if (sameRun && extends_ && session && gate) {
        // One more choice: play it on the copy, so the stage moves as it does in solo play,
        // as far as the room can read (the rest of a long scene waits for its own screen).
        for (const choice of run.choices.slice(made.length)) {
          if (!session.choicePoint) break;
          gate.limit(run.holdAfter);
          session.choose(choice);
        }
        if (run.holdAfter === null) gate.limit(null);
        return;
      }
      wanted += 1;
      void rebuild(run, wanted);
    },
    close() {
      attached?.close();
      gate?.close();
      session?.dispose();
    },
  };
}
