import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { compileInkFile } from '../../src/build/ink-compile.ts';
import { exploreStory } from '../../src/build/story-explorer.ts';
import { TraceTree } from '../../src/build/trace-replay.ts';
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

  it('does not record the count ink reads while counting a visit during its lookahead as a dependency', () => {
    // ink looks past a line's end for glue; counting a visit there reads the count first. As
    // a read, it would never match on replay (the visit is replayed first) and every such
    // stretch would run ink again.
    const insert = vi.spyOn(TraceTree.prototype, 'insert');
    try {
      exploreStory(json);
      const traces = insert.mock.calls.map(([ops]) => ops);
      expect(traces.some((ops) => ops.some((op) => op.op === 'visit' && op.path === 'start.0.loop'))).toBe(true);
      const readAfterVisit = traces.flatMap((ops) =>
        ops.filter((op, i) => op.op === 'visit-read' && ops[i - 1]?.op === 'visit' && (ops[i - 1] as { path: string }).path === op.path),
      );
      expect(readAfterVisit).toEqual([]);
    } finally {
      insert.mockRestore();
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

describe('replaying a stretch that compares a number', () => {
  const file = resolve(ROOT, 'tests/fixtures/traces/compare.ink');
  const literal = compileInkFile(file).json;
  const source = readFileSync(file, 'utf8');
  const variable = compileInkFile(file, source.replace('level >= 5:', 'level >= five:')).json;

  it('tells situations apart by the visits of a label inside a knot (start.0.pick)', () => {
    // 3 × 3 × 3 picks, then Go on and Count: merging level 2 after one pick with level 2
    // after two would lose paths.
    const { stats } = exploreStory(literal);
    expect(stats.paths).toBe(27);
    expect([stats.minPoints, stats.maxPoints]).toEqual([5, 5]);
  });

  it('gives the same answers as running ink every time, whether the comparison is with a number or a variable', () => {
    for (const json of [literal, variable]) {
      const replayed = exploreStory(json, { traces: true });
      const plain = exploreStory(json, { traces: false });
      for (const key of ['stats', 'states', 'structure', 'problems', 'meterRange', 'map'] as const) {
        expect(replayed[key], key).toEqual(plain[key]);
      }
    }
  });

  it('runs ink again only when a comparison with a number comes out differently, not for every value', () => {
    const byLiteral = exploreStory(literal);
    const byVariable = exploreStory(variable);
    // Three picks reach the judging point with level 3 to 9. Against `five` the judging
    // stretch reads the value: 7 runs. Against numbers it needs (>= 5, > 7, != 9), which
    // comes out 4 ways over those 7 levels: 4 runs. Everything else is the same.
    expect(byLiteral.stats).toEqual(byVariable.stats);
    expect(byVariable.segments.run - byLiteral.segments.run).toBe(7 - 4);
  });
});
