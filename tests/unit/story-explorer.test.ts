import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileInkFile } from '../../src/build/ink-compile.ts';
import { exploreStory } from '../../src/build/story-explorer.ts';
import { fixtureBundle, ROOT } from './helpers.ts';

describe('the story explorer', () => {
  const { json } = fixtureBundle('branching');

  it('finds every path, ending and rule break of a small story', () => {
    const result = exploreStory(json);
    expect(result.problems).toEqual([]);
    // 4 options, three times (once-only choices: 4*3*2 orders), then 2 or 3 options
    expect(result.stats.minPoints).toBe(4);
    expect(result.stats.maxPoints).toBe(4);
    expect(Object.keys(result.stats.endings).sort()).toEqual(['fragile', 'safety']);
    expect(result.meterRange.alarm[1]).toBeLessThanOrEqual(10);
    expect(result.kinds).toMatchObject({ attune: expect.any(Number), pursue: expect.any(Number), repair: 1, neutral: 1 });
  });

  it('gives the same answers whether it replays recorded stretches or runs ink every time', () => {
    const replayed = exploreStory(json, { traces: true });
    const plain = exploreStory(json, { traces: false });
    expect(replayed.segments.replayed).toBeGreaterThan(0);
    expect(plain.segments.replayed).toBe(0);
    expect(replayed.segments.run).toBeLessThan(plain.segments.run);
    for (const key of ['stats', 'states', 'structure', 'problems', 'meterRange', 'map', 'kinds', 'lessons'] as const) {
      expect(replayed[key], key).toEqual(plain[key]);
    }
  });

  it('explores variant starts with the same memory', () => {
    const result = exploreStory(json, { variants: [{ promised: 1 }] });
    expect(result.variantStats).toHaveLength(1);
    expect(result.variantStats[0]?.paths).toBeGreaterThan(0);
  });

  it('reports dead ends, missing inner lines, kinds and unknown tags with their ink file and line', () => {
    const compiled = compileInkFile(resolve(ROOT, 'tests/fixtures/broken/rule-breaks.ink'));
    const problems = exploreStory(compiled.json, { locate: compiled.locate }).problems.map((p) => `${p.where}: ${p.message}`);
    expect(problems).toEqual(
      expect.arrayContaining([
        'tests/fixtures/broken/rule-breaks.ink:6: unknown tag #pose:dancing',
        'tests/fixtures/broken/rule-breaks.ink:7: no #inner line after this choice',
        'tests/fixtures/broken/rule-breaks.ink:10: choice tagged #kind:pursue left last_kind = label (call ~ respond(pursue))',
        'tests/fixtures/broken/rule-breaks.ink:13: a choice needs exactly one #kind tag, found 0',
        'tests/fixtures/broken/rule-breaks.ink:7: dead end: the story stops without an #ending line',
      ]),
    );
  });
});
