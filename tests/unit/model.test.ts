// The shared model (stories/_model.ink) over any sequence of answers: the four properties of
// CONTENT.md's model (state, delay, cost, slow trust) and the counts the game shows.

import { resolve } from 'node:path';
import fc from 'fast-check';
import { Story } from 'inkjs';
import { describe, expect, it } from 'vitest';
import { compileInkFile } from '../../src/build/ink-compile.ts';
import { ROOT } from './helpers.ts';

const OPTIONS = ['attune', 'boundary', 'repair', 'personalize', 'pursue', 'label', 'appease', 'come back as promised'] as const;
type Answer = (typeof OPTIONS)[number];
const ROUNDS: readonly Answer[] = ['personalize', 'pursue', 'label'];
// Not among the scenario fixtures: its answers loop for ever, which only a test driver may do.
const { json } = compileInkFile(resolve(ROOT, 'tests/fixtures/model/model-driver.ink'));

function start(meters: { alarm: number; trust: number; reserve: number }) {
  const story = new Story(json);
  for (const [name, value] of Object.entries(meters)) story.variablesState.$(name, value);
  story.ContinueMaximally();
  return story;
}

function answer(story: Story, what: Answer) {
  const index = story.currentChoices.findIndex((c) => c.text === what);
  story.ChooseChoiceIndex(index);
  story.ContinueMaximally();
}

const read = (story: Story, name: string) => Number(story.variablesState.$(name));
const outcome = (story: Story) => String(story.EvaluateFunction('outcome'));

describe('the model', () => {
  it('lets closeness at a flooded moment raise alarm first and settle it at the next answer', () => {
    const story = start({ alarm: 8, trust: 4, reserve: 6 });
    answer(story, 'attune');
    expect(read(story, 'alarm')).toBe(9);
    expect(read(story, 'reserve')).toBe(5);
    answer(story, 'boundary');
    // Settles by 2, then the boundary's brief sting: 9 - 2 + 1.
    expect(read(story, 'alarm')).toBe(8);
    expect(story.variablesState.$('landed')).toBe(true);
  });

  it('loses the delayed calm when the next answer closes the circle again', () => {
    const story = start({ alarm: 8, trust: 4, reserve: 6 });
    answer(story, 'attune');
    answer(story, 'pursue');
    expect(read(story, 'alarm')).toBe(10);
    expect(story.variablesState.$('landed')).toBe(false);
  });

  it('grows trust through consistency, not through one caring answer', () => {
    const story = start({ alarm: 3, trust: 4, reserve: 6 });
    answer(story, 'attune');
    expect(read(story, 'trust')).toBe(4);
    answer(story, 'attune');
    expect(read(story, 'trust')).toBe(5);
  });

  it('pays a boundary off only when the word is kept', () => {
    const story = start({ alarm: 5, trust: 4, reserve: 3 });
    answer(story, 'boundary');
    expect([read(story, 'alarm'), read(story, 'trust'), read(story, 'reserve')]).toEqual([6, 4, 5]);
    answer(story, 'come back as promised');
    expect([read(story, 'alarm'), read(story, 'trust')]).toEqual([5, 5]);
  });

  it('holds its properties over any sequence of answers', () => {
    fc.assert(
      fc.property(
        fc.record({
          alarm: fc.integer({ min: 0, max: 10 }),
          trust: fc.integer({ min: 0, max: 5 }),
          reserve: fc.integer({ min: 0, max: 10 }),
        }),
        fc.array(fc.constantFrom(...OPTIONS), { minLength: 1, maxLength: 14 }),
        (meters, answers) => {
          const story = start(meters);
          let appeased = 0;
          let peakTrust = meters.trust;
          for (const a of answers) {
            const cycleBefore = read(story, 'cycle');
            answer(story, a);
            if (a === 'appease') appeased++;
            // The circle as a count: a round adds one, nothing takes one away.
            expect(read(story, 'cycle') - cycleBefore).toBe(ROUNDS.includes(a) ? 1 : 0);
            for (const m of ['alarm', 'trust', 'reserve']) expect(read(story, m)).toBeGreaterThanOrEqual(0);
            for (const m of ['alarm', 'trust', 'reserve']) expect(read(story, m)).toBeLessThanOrEqual(10);
            peakTrust = Math.max(peakTrust, read(story, 'trust'));
          }
          // Slow trust: one scenario moves trust by at most four steps, so the top stays out of reach.
          expect(peakTrust - meters.trust).toBeLessThanOrEqual(4);
          expect(peakTrust).toBeLessThan(10);
          // Burnout is a pattern: never after fewer than three appeasing answers.
          if (outcome(story) === 'burnout') expect(appeased).toBeGreaterThanOrEqual(3);
        },
      ),
      { numRuns: 300 },
    );
  }, 60_000);
});
