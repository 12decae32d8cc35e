// Every scenario, every path, both languages: the story protocol's rules (DESIGN.md,
// "Quality bars"). The same checks as `npm run stories`.
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { type CheckReport, MIN_POINTS_PER_PATH, scenarioFiles } from '../../src/build/story-check.ts';
import { checkAllStoriesInParallel } from '../../src/build/story-check-pool.ts';
import { KINDS } from '../../src/core/protocol.ts';

const STORIES = resolve(import.meta.dirname, '../../stories');
const ids = [...new Set(scenarioFiles(STORIES).map((f) => f.id))];
let report: CheckReport;

beforeAll(async () => {
  report = await checkAllStoriesInParallel(STORIES);
}, 600_000);

describe('stories', () => {
  it('include the first scenario in both languages', () => {
    expect(ids).toContain('fight-about-nothing');
    expect(
      report.stories
        .filter((s) => s.id === 'fight-about-nothing')
        .map((s) => s.lang)
        .sort(),
    ).toEqual(['en', 'nl']);
  });

  it('offer every kind of the model as a choice in at least four scenarios', () => {
    for (const kind of KINDS.filter((k) => k !== 'neutral')) {
      const offering = ids.filter((id) => report.stories.some((s) => s.id === id && (s.result?.kinds[kind] ?? 0) > 0));
      expect(offering.length, kind).toBeGreaterThanOrEqual(Math.min(4, ids.length));
    }
  });

  it('reach at least three different endings in every scenario', () => {
    for (const story of report.stories)
      expect(Object.keys(story.result?.stats.endings ?? {}).length, `${story.id} ${story.lang}`).toBeGreaterThanOrEqual(3);
  });

  it('let no fixed rule win: each misses safety in at least two scenarios, in each language', () => {
    expect(report.crossProblems.filter((p) => p.id === '*').map((p) => p.message)).toEqual([]);
  });

  describe.each(ids)('%s', (id) => {
    const of = () => report.stories.filter((s) => s.id === id);

    it('compiles without errors or warnings and breaks no rule on any path', () => {
      for (const story of of()) {
        expect(story.problems.map((p) => `${story.lang} ${p.where ?? ''}: ${p.message}`)).toEqual([]);
      }
    });

    it(`has at least ${MIN_POINTS_PER_PATH} choice points on every path and reaches safety and fear`, () => {
      for (const story of of()) {
        expect(story.result?.stats.minPoints).toBeGreaterThanOrEqual(MIN_POINTS_PER_PATH);
        expect(Object.keys(story.result?.stats.endings ?? {})).toEqual(expect.arrayContaining(['safety', 'fear']));
      }
    });

    it('has the same structure in nl and en', () => {
      expect(report.crossProblems.filter((p) => p.id === id).map((p) => p.message)).toEqual([]);
    });
  });
});
