import { describe, expect, it } from 'vitest';
import type { StageState } from '../../src/core/stage-state.ts';
import { StorySession } from '../../src/core/story-session.ts';
import { stageGate } from '../../src/workshop/stage-gate.ts';
import { WorkshopFlow } from '../../src/workshop/workshop-flow.ts';
import { fakeClock, SAM, storyBundle } from './helpers.ts';

const bundle = storyBundle('en', 'fight-about-nothing');
const copy = (choices: number[]) => StorySession.replay({ bundle, lovedOne: SAM, seed: 3 }, choices);
const scenery = (s: StageState) => `${s.place}/${s.time}/${s.pose}/${s.chapter}`;

/** The group's choices up to a long scene whose second part changes the scenery. */
function toSceneryChange(): { earlier: number[]; last: number; lines: number } {
  const flow = WorkshopFlow.start(StorySession.create({ bundle, lovedOne: SAM, seed: 3, clock: fakeClock() }), {
    lang: 'en',
    voting: 'hands',
    meters: 'always',
  });
  for (let guard = 0; guard < 20 && flow.point; guard++) {
    flow.toDiscussion();
    flow.choose(flow.point.options.find((o) => !o.blocked)?.index ?? 0);
    if (!flow.canContinueScene) continue;
    const choices = flow.record.steps.map((s) => s.choiceIndex);
    const whole = copy(choices);
    const cut = copy(choices.slice(0, -1));
    const gate = stageGate(cut);
    gate.limit(flow.sceneParts.consequences.length);
    cut.choose(choices.at(-1) ?? 0);
    if (scenery(gate.session.stage) !== scenery(whole.stage))
      return { earlier: choices.slice(0, -1), last: choices.at(-1) ?? 0, lines: flow.sceneParts.consequences.length };
  }
  throw new Error('no long scene whose second part changes the scenery');
}

describe('the projector stage during a long scene', () => {
  it('acts out only the part the room reads, moves the auras with the meters, and the rest when it is shown', () => {
    const { earlier, last, lines } = toSceneryChange();
    const whole = copy([...earlier, last]);

    const session = copy(earlier);
    const gate = stageGate(session);
    const seen: StageState[] = [];
    gate.session.on('stage', (s) => seen.push(s));
    gate.limit(lines);
    session.choose(last);

    const held = seen.at(-1);
    expect(held && scenery(held)).not.toBe(scenery(whole.stage));
    expect(held?.meters).toEqual(whole.stage.meters);
    expect(gate.session.stage).toBe(held);
    // Everything else of the session is the session's own.
    expect(gate.session.record.steps).toHaveLength(earlier.length + 1);

    gate.limit(null);
    expect(scenery(seen.at(-1) as StageState)).toBe(scenery(whole.stage));
    expect(gate.session.stage).toEqual(whole.stage);
  });

  it('passes everything at once without a limit, and stops passing once closed', () => {
    const session = copy([]);
    const gate = stageGate(session);
    let count = 0;
    const sub = gate.session.on('stage', () => count++);
    session.choose(0);
    expect(count).toBeGreaterThan(0);
    sub.close();
    const before = count;
    session.choose(session.choicePoint?.options.find((o) => !o.blocked)?.index ?? 0);
    expect(count).toBe(before);
    gate.close();
  });
});
