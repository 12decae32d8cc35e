import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { StorySession } from '../../src/core/story-session.ts';
import { type AudienceExtras, type AudienceView, audienceView } from '../../src/workshop/audience-state.ts';
import { PAGE_ROWS, ROW_CHARS, scenePages } from '../../src/workshop/scene-pages.ts';
import { memoryLinkPair, presentTo, viewCounter, watchFrom } from '../../src/workshop/screen-sync.ts';
import { CONTEXT_LINES, FlowError, WorkshopFlow, type WorkshopSettings } from '../../src/workshop/workshop-flow.ts';
import { fakeClock, SAM, storyBundle } from './helpers.ts';

const bundle = storyBundle('en', 'fight-about-nothing');
const flowWith = (meters: WorkshopSettings['meters']) =>
  WorkshopFlow.start(StorySession.create({ bundle, lovedOne: SAM, seed: 3, clock: fakeClock() }), { lang: 'en', voting: 'both', meters });
const extras = (more: Partial<AudienceExtras> = {}): AudienceExtras => ({
  seq: 1,
  lang: 'en',
  title: 'The fight about nothing',
  room: null,
  timerEndsAt: null,
  paused: false,
  debrief: null,
  question: null,
  answers: [],
  phoneVoters: null,
  whatIf: false,
  lobby: false,
  joined: 0,
  voting: 'both',
  page: 0,
  ...more,
});

describe('what the room sees', () => {
  it('never carries per-option counts before the reveal, only how many voted', () => {
    const flow = flowWith('always');
    flow.toDiscussion();
    flow.openVote();
    flow.setHandCounts([2, 1, 0]);
    const voting = audienceView(flow, extras({ phoneVoters: 4 }));
    expect(voting.counts).toBeNull();
    expect(voting.voters).toBe(7);
    expect(JSON.stringify(voting)).not.toContain('"handCounts"');
    flow.closeVote();
    expect(audienceView(flow, extras()).counts).toBeNull();
    flow.reveal();
    expect(audienceView(flow, extras()).counts).toEqual([2, 1, 0]);
  });

  it('hides meters and the inner voice until the facilitator reveals the consequences, when so set', () => {
    const flow = flowWith('after-reveal');
    flow.toDiscussion();
    expect(audienceView(flow, extras()).meters).toBeNull();
    flow.choose(1);
    const before = audienceView(flow, extras());
    expect(before.meters).toBeNull();
    expect(before.change).toBeNull();
    expect(before.chosen).toBeNull();
    expect(before.scene.some((l) => l.role === 'inner')).toBe(false);
    expect(flow.scene.some((l) => l.role === 'inner')).toBe(true);
    // The projector's stage has not taken the choice yet either.
    expect(before.stage?.choices).toEqual([]);
    flow.showConsequences();
    const after = audienceView(flow, extras());
    expect(after.stage?.choices).toEqual([1]);
    expect(after.stage?.seed).toBe(flow.record.seed);
    expect(after.meters).toEqual(flow.meters);
    expect(lastPage(flow).change).not.toBeNull();
    expect(after.chosen).toBe(2);
    expect(allPages(flow).some((l) => l.role === 'inner')).toBe(true);
  });

  it('shows meters all along when set to always', () => {
    const flow = flowWith('always');
    flow.toDiscussion();
    expect(audienceView(flow, extras()).meters).toEqual(flow.meters);
  });

  it('shows only approved answers', () => {
    const flow = flowWith('always');
    const view = audienceView(
      flow,
      extras({
        answers: [
          { text: 'kept', approved: true },
          { text: 'waiting', approved: false },
        ],
      }),
    );
    expect(view.answers).toEqual(['kept']);
  });
});

/** Plays first options until a scene after a choice has more than the discussion's context after its feedback. */
const toLongScene = (flow: WorkshopFlow) => {
  for (let guard = 0; guard < 20 && !flow.canContinueScene; guard++) {
    flow.toDiscussion();
    flow.choose(flow.point?.options.find((o) => !o.blocked)?.index ?? 0);
  }
  expect(flow.canContinueScene, 'a scenario with a long scene after a choice').toBe(true);
};

describe('a long scene on the projector', () => {
  it('comes in two parts: what the choice did, then the rest of the scene up to the question', () => {
    const flow = flowWith('always');
    toLongScene(flow);
    const { consequences, continuation } = flow.sceneParts;
    expect([...consequences, ...continuation]).toEqual(flow.scene);
    expect(consequences.at(-1)?.role).toMatch(/inner|coach/);
    expect(continuation.some((l) => l.role === 'inner' || l.role === 'coach')).toBe(false);

    const first = audienceView(flow, extras());
    expect(allPages(flow)).toEqual(consequences);
    expect(lastPage(flow).change).not.toBeNull();
    expect(first.chosen).not.toBeNull();
    expect(first.meters).not.toBeNull();

    flow.continueScene();
    const second = audienceView(flow, extras());
    expect(allPages(flow)).toEqual(continuation);
    expect(second.change).toBeNull();
    expect(second.chosen).toBeNull();
    expect(second.meters).not.toBeNull();
    expect(flow.canContinueScene).toBe(false);
    expect(() => flow.continueScene()).toThrow(FlowError);

    // The discussion keeps the last lines for context; the next choice starts over at part one.
    flow.toDiscussion();
    expect(audienceView(flow, extras()).scene.slice(-CONTEXT_LINES)).toEqual(continuation.slice(-CONTEXT_LINES));
    flow.choose(flow.point?.options.find((o) => !o.blocked)?.index ?? 0);
    expect(flow.sceneContinued).toBe(false);
  });

  it('keeps its part over a facilitator reload, and counts the consequences as shown', () => {
    const flow = flowWith('after-reveal');
    toLongScene(flow);
    expect(flow.consequencesShown).toBe(false);
    flow.continueScene();
    expect(flow.consequencesShown).toBe(true);
    const restored = WorkshopFlow.restore(flow.session, flow.save());
    expect(restored.sceneContinued).toBe(true);
    expect(allPages(restored)).toEqual(flow.sceneParts.continuation);
  });
});

/** What the projector shows on the last page of the scene now. */
function lastPage(flow: WorkshopFlow): AudienceView {
  const first = audienceView(flow, extras());
  return audienceView(flow, extras({ page: (first.page?.count ?? 1) - 1 }));
}

/** The lines of every page of the scene the projector shows now, as N turns them. */
function allPages(flow: WorkshopFlow): AudienceView['scene'] {
  const lines: AudienceView['scene'] = [];
  for (let page = 0; ; page++) {
    const view = audienceView(flow, extras({ page }));
    lines.push(...view.scene);
    if (!view.page || view.page.number === view.page.count) return lines;
  }
}

describe('long scenes in pages', () => {
  it('splits a scene into pages that keep every line once, in order, each within the budget', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ role: fc.constant('narration' as const), speaker: fc.constant(null), text: fc.string({ maxLength: 400 }) }), {
          maxLength: 40,
        }),
        (lines) => {
          const pages = scenePages(lines);
          expect(pages.flat()).toEqual(lines);
          for (const page of pages.filter((p) => p.length > 0)) {
            const rows = page.reduce((sum, l) => sum + Math.max(1, Math.ceil(l.text.length / ROW_CHARS)) + 0.35, 0);
            // A page holds what fits, or one line too long for any page.
            expect(rows <= PAGE_ROWS || page.length === 1).toBe(true);
          }
        },
      ),
    );
  });

  it('shows the opening scene in pages, the choice on the first and the feedback on the last', () => {
    const flow = flowWith('always');
    const opening = audienceView(flow, extras());
    expect(opening.page?.count).toBeGreaterThan(1);
    expect(allPages(flow)).toEqual(flow.scene);
    toLongScene(flow);
    const first = audienceView(flow, extras());
    const count = first.page?.count ?? 1;
    const last = audienceView(flow, extras({ page: count - 1 }));
    expect(first.chosen).not.toBeNull();
    expect(first.choice?.text).toBe(flow.rounds.at(-1)?.options.find((o) => o.index === flow.rounds.at(-1)?.chosen)?.text);
    expect(last.change).not.toBeNull();
    if (count > 1) {
      expect(last.chosen).toBeNull();
      expect(first.change).toBeNull();
    }
  });
});

describe('keeping two windows in step', () => {
  it('answers a (re)opened audience window with the current view and drops stale ones', () => {
    const [facilitator, audience] = memoryLinkPair();
    const flow = flowWith('always');
    const seq = viewCounter(() => 100);
    let current = audienceView(flow, extras({ seq: seq() }));
    const presenter = presentTo(facilitator, () => current);
    const seen: AudienceView[] = [];
    watchFrom(audience, (v) => seen.push(v));
    expect(seen).toHaveLength(1);
    expect(seen[0]?.seq).toBe(100);
    flow.toDiscussion();
    current = audienceView(flow, extras({ seq: seq() }));
    presenter.send(current);
    presenter.send({ ...current, seq: 50 });
    expect(seen.map((v) => v.phase)).toEqual(['scene', 'discuss']);
    // A reloaded audience window says hello again and catches up at once.
    const reloaded: AudienceView[] = [];
    watchFrom(audience, (v) => reloaded.push(v));
    expect(reloaded.at(-1)?.phase).toBe('discuss');
  });
});
