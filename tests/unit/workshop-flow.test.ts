import { describe, expect, it } from 'vitest';
import { StorySession } from '../../src/core/story-session.ts';
import { whatIf } from '../../src/workshop/what-if.ts';
import { addCounts, FlowError, majorityOf, WorkshopFlow, type WorkshopSettings } from '../../src/workshop/workshop-flow.ts';
import { fakeClock, SAM, storyBundle } from './helpers.ts';

const bundle = storyBundle('en', 'fight-about-nothing');
const HANDS: WorkshopSettings = { lang: 'en', voting: 'both', meters: 'after-reveal' };
const newFlow = (settings = HANDS) =>
  WorkshopFlow.start(StorySession.create({ bundle, lovedOne: SAM, seed: 7, clock: fakeClock() }), settings);
const firstOpen = (flow: WorkshopFlow) => flow.point?.options.find((o) => !o.blocked)?.index ?? 0;

describe('counting', () => {
  it('adds hands and phones per option, and finds the majority or a tie', () => {
    expect(addCounts(3, [1, 2], null, [0, 0, 4])).toEqual([1, 2, 4]);
    expect(majorityOf([1, 5, 2])).toEqual([1]);
    expect(majorityOf([3, 0, 3])).toEqual([0, 2]);
    expect(majorityOf([0, 0])).toEqual([]);
  });
});

describe('the workshop flow', () => {
  it('starts on the opening scene of the first choice point, and goes to the discussion on request', () => {
    const flow = newFlow();
    expect(flow.phase).toBe('scene');
    expect(flow.scene.length).toBeGreaterThan(3);
    expect(flow.point?.step).toBe(0);
    flow.toDiscussion();
    expect(flow.phase).toBe('discuss');
  });

  it('lets the facilitator simply pick, without a vote', () => {
    const flow = newFlow();
    flow.toDiscussion();
    const round = flow.choose(1);
    expect(round).toMatchObject({ step: 0, chosen: 1, counts: null, majority: [], overridden: false });
    expect(flow.record.steps).toHaveLength(1);
    expect(flow.phase).toBe('scene');
  });

  it('counts hands and phones, reveals, and takes the majority', () => {
    const flow = newFlow();
    flow.toDiscussion();
    flow.openVote();
    flow.setHandCounts([3, 5, 0]);
    flow.setPhoneCounts([1, 0, 2]);
    expect(flow.counts).toEqual([4, 5, 2]);
    flow.closeVote();
    flow.reveal();
    const round = flow.choose(1);
    expect(round).toMatchObject({ counts: [4, 5, 2], majority: [1], chosen: 1, overridden: false });
  });

  it('notes an override against the majority, but not a pick between tied leaders', () => {
    const flow = newFlow();
    flow.toDiscussion();
    flow.openVote();
    flow.setHandCounts([1, 6, 0]);
    flow.closeVote();
    flow.reveal();
    expect(flow.choose(0).overridden).toBe(true);
    flow.toDiscussion();
    flow.openVote();
    flow.setHandCounts([2, 2, 0, 0].slice(0, flow.point?.options.length));
    flow.closeVote();
    flow.reveal();
    expect(flow.choose(0)).toMatchObject({ majority: [0, 1], overridden: false });
  });

  it('refuses steps out of order, and ignores late phone tallies', () => {
    const flow = newFlow();
    expect(() => flow.reveal()).toThrow(FlowError);
    expect(() => flow.choose(0)).toThrow(FlowError);
    flow.toDiscussion();
    flow.openVote();
    expect(() => flow.choose(0)).toThrow(FlowError);
    flow.setPhoneCounts([2, 1, 0]);
    flow.closeVote();
    flow.reveal();
    flow.setPhoneCounts([9, 9, 9]);
    expect(flow.counts).toEqual([2, 1, 0]);
  });

  it('cleans hand counts: whole, non-negative numbers, one per option', () => {
    const flow = newFlow();
    flow.toDiscussion();
    flow.openVote();
    flow.setHandCounts([2.7, -3, Number.NaN, 4, 4]);
    expect(flow.handCounts).toEqual([2, 0, 0].slice(0, flow.point?.options.length));
  });

  it('holds back the consequences until revealed when the meters are hidden, and not when they always show', () => {
    const hidden = newFlow();
    hidden.toDiscussion();
    hidden.choose(0);
    expect(hidden.consequencesShown).toBe(false);
    hidden.showConsequences();
    expect(hidden.consequencesShown).toBe(true);
    const open = newFlow({ ...HANDS, meters: 'always' });
    open.toDiscussion();
    open.choose(0);
    expect(open.consequencesShown).toBe(true);
    expect(open.lastChange?.kind).toBe(open.record.steps[0]?.kind);
  });

  it('plays to an ending', () => {
    const flow = newFlow();
    while (flow.phase !== 'ended') {
      flow.toDiscussion();
      flow.choose(firstOpen(flow));
    }
    expect(flow.ending).not.toBeNull();
    expect(flow.rounds.length).toBe(flow.record.steps.length);
    expect(flow.rounds.length).toBeGreaterThanOrEqual(6);
  });

  it('saves mid-vote and resumes on a replayed session exactly there', () => {
    const flow = newFlow();
    flow.toDiscussion();
    flow.choose(1);
    flow.toDiscussion();
    flow.openVote();
    flow.setHandCounts([1, 2, 3]);
    const save = JSON.parse(JSON.stringify(flow.save()));
    const replayed = StorySession.replay(
      { bundle, lovedOne: SAM, seed: save.record.seed },
      save.record.steps.map((s: { choiceIndex: number }) => s.choiceIndex),
    );
    const resumed = WorkshopFlow.restore(replayed, save);
    expect(resumed.phase).toBe('voting');
    expect(resumed.handCounts).toEqual(flow.handCounts);
    expect(resumed.rounds).toEqual(flow.rounds);
    expect(resumed.point?.id).toBe(flow.point?.id);
    resumed.closeVote();
    resumed.reveal();
    expect(resumed.choose(2).overridden).toBe(false);
  });
});

describe('what if we had chosen another option', () => {
  it('branches a copy of the group’s run at a moment, leaving the group’s run as it was', () => {
    const group = newFlow();
    for (let i = 0; i < 3; i++) {
      group.toDiscussion();
      group.choose(firstOpen(group));
    }
    const before = structuredClone(group.record);
    const other = group.rounds[1]!.options.find((o) => o.index !== group.rounds[1]!.chosen && !o.blocked)!.index;
    const branch = whatIf(group, bundle, 1, other);
    expect(branch.record.steps.map((s) => s.choiceIndex)).toEqual([group.record.steps[0]!.choiceIndex, other]);
    expect(branch.record.parent).toEqual({ startedAt: group.record.startedAt, seed: group.record.seed, step: 1 });
    expect(branch.rounds).toHaveLength(2);
    expect(branch.rounds[1]).toMatchObject({ chosen: other, counts: null, overridden: false });
    expect(branch.phase).toBe('scene');
    expect(group.record).toEqual(before);
    expect(group.rounds).toHaveLength(3);
  });
});
