import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'vite';
import { describe, expect, it } from 'vitest';
import { exploreScenario } from '../../src/build/story-check.ts';
import { inkPlugin } from '../../src/build/vite-plugin-ink.ts';
import type { RunRecord, StepRecord } from '../../src/core/run-record.ts';
import { edgeTarget, optionsAt, pickCounts, runPath, type StoryMap, withName } from '../../src/core/story-map.ts';
import { StorySession } from '../../src/core/story-session.ts';
import { compareRuns } from '../../src/runs/compare.ts';
import { layoutMap } from '../../src/ui/path-map-layout.ts';
import { FIXTURES, fakeClock, fixtureBundle, SAM, session, storyBundle } from './helpers.ts';

/** Play a fixture by always picking option `pick(step)` (clamped to what is offered). */
function play(name: string, pick: (step: number) => number, seed = 7): RunRecord {
  const s = session(fixtureBundle(name), { seed });
  s.start();
  for (let step = 0; !s.ended; step++) {
    const offered = s.choicePoint?.options.filter((o) => !o.blocked) ?? [];
    const wanted = pick(step);
    const option = offered.find((o) => o.index === wanted) ?? offered[0];
    if (!option) throw new Error('no open option');
    s.choose(option.index);
  }
  return s.record;
}

const fakeStep = (pointId: string, optionId: string): StepRecord => ({
  pointId,
  optionId,
  choiceIndex: 0,
  text: optionId,
  kind: 'neutral',
  before: { alarm: 0, trust: 0, reserve: 0, cycle: 0 },
  after: { alarm: 0, trust: 0, reserve: 0, cycle: 0 },
  inner: [],
  at: 0,
});

describe('comparing two runs', () => {
  it('marks the first choice point when a branch answered differently there', () => {
    const first = play('branching', () => 0);
    const branch = StorySession.replay({ bundle: fixtureBundle('branching'), lovedOne: SAM, seed: 7, clock: fakeClock() }, []);
    branch.choose(1);
    while (!branch.ended) branch.choose(branch.choicePoint?.options.find((o) => !o.blocked)?.index ?? 0);
    const comparison = compareRuns(first, branch.record);
    expect(comparison.divergence).toBe(0);
    expect(comparison.rows[0]?.a?.step.text).toBe('Stay.');
    expect(comparison.rows[0]?.b?.step.text).toBe('Push.');
    expect(comparison.rows[0]?.same).toBe(false);
  });

  it('finds no divergence between a run and its own replay', () => {
    const run = play('branching', (step) => step % 2);
    const again = StorySession.replay(
      { bundle: fixtureBundle('branching'), lovedOne: SAM, seed: 7, clock: fakeClock() },
      run.steps.map((s) => s.choiceIndex),
    ).record;
    const comparison = compareRuns(run, again);
    expect(comparison.divergence).toBeNull();
    expect(comparison.agreed).toBe(run.steps.length);
    expect(comparison.rows.every((r) => r.a && r.b && r.same)).toBe(true);
  });

  it('keeps moments both runs met on one row, around a detour only one of them took', () => {
    const a = { steps: [fakeStep('p1', 'x'), fakeStep('detour', 'd'), fakeStep('p3', 'y'), fakeStep('p4', 'z')] };
    const b = { steps: [fakeStep('p1', 'w'), fakeStep('p3', 'y'), fakeStep('other', 'q'), fakeStep('p4', 'z')] };
    const comparison = compareRuns(a, b);
    expect(comparison.rows.map((r) => [r.pointId, r.a?.index ?? null, r.b?.index ?? null, r.same])).toEqual([
      ['p1', 0, 0, false],
      ['detour', 1, null, false],
      ['p3', 2, 1, true],
      ['other', null, 2, false],
      ['p4', 3, 3, true],
    ]);
    expect(comparison.divergence).toBe(0);
    expect(comparison.shared).toBe(3);
    expect(comparison.agreed).toBe(2);
  });
});

const explore = (bundle: { json: string; scenarioId: string }): StoryMap =>
  exploreScenario(bundle.json, bundle.scenarioId, { variables: { loved_name: '{name}' } }).map;
const scenarioMap = explore(storyBundle('en', 'fight-about-nothing'));

describe('the path map', () => {
  const map = explore(fixtureBundle('branching'));

  it('has every point and way a played run takes, so its path can be drawn', () => {
    for (let variant = 0; variant < 4; variant++) {
      const run = play('branching', (step) => (step + variant) % 4);
      for (const p of runPath(run)) {
        expect(map.points[p.from]).toBeDefined();
        const ways = map.edges.filter((e) => e.from === p.from && e.optionId === p.optionId).map(edgeTarget);
        expect(ways).toContain(p.target);
      }
    }
  });

  it('counts picks per option across runs', () => {
    const runs = [play('branching', () => 0), play('branching', () => 0), play('branching', () => 1)];
    const counts = pickCounts(runs);
    const start = runs[0]?.steps[0];
    expect(start).toBeDefined();
    expect(counts.get(`${start?.pointId}|${start?.optionId}`)).toBe(2);
    const total = [...counts.values()].reduce((a, b) => a + b, 0);
    expect(total).toBe(runs.reduce((n, r) => n + r.steps.length, 0));
  });

  it('names the loved one by a placeholder the game fills in', () => {
    const labels = Object.values(map.points).map((p) => p.label);
    expect(labels.some((l) => l.includes('{name}'))).toBe(true);
    expect(withName('{name} looks up.', 'Noa')).toBe('Noa looks up.');
    expect(optionsAt(map, map.start).map((e) => e.text)).toEqual(['Stay.', 'Push.', 'Give in.', 'Walk away for ten minutes.']);
  });

  it.each(['horizontal', 'vertical'] as const)(
    'lays out every point and ending of a scenario, each way going forward (%s)',
    (orientation) => {
      const map = scenarioMap;
      const layout = layoutMap(map, orientation);
      const byId = new Map(layout.nodes.map((n) => [n.id, n]));
      expect(layout.nodes.filter((n) => n.type === 'point').length).toBe(Object.keys(map.points).length);
      expect(layout.nodes.filter((n) => n.type === 'ending').length).toBeGreaterThanOrEqual(3);
      expect(byId.get(map.start)?.number).toBe(1);
      for (const link of layout.links) {
        const from = byId.get(link.from);
        const to = byId.get(link.to);
        expect(from && to && to.layer > from.layer).toBe(true);
      }
      const positions = new Set(layout.nodes.map((n) => `${n.x},${n.y}`));
      expect(positions.size).toBe(layout.nodes.length);
      for (const n of layout.nodes) {
        expect(n.x).toBeGreaterThan(0);
        expect(n.x).toBeLessThan(layout.width);
        expect(n.y).toBeLessThan(layout.height);
      }
      if (orientation === 'vertical') expect(layout.height).toBeGreaterThan(layout.width);
    },
  );
});

describe('the map through the Vite plugin', () => {
  it('builds a scenario map at build time and caches it by the story', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dichtbij-map-'));
    const cache = join(dir, 'cache');
    writeFileSync(join(dir, 'index.html'), '<script type="module" src="./main.js"></script>');
    writeFileSync(join(dir, 'main.js'), `import map from '${join(FIXTURES, 'branching.ink')}?map';\nwindow.out = map;`);
    const plugin = inkPlugin({ storiesDir: resolve(FIXTURES, '..'), mapCacheDir: cache });
    const output = await build({ root: dir, logLevel: 'silent', plugins: [plugin], build: { write: false, minify: false } });
    const chunks = (Array.isArray(output) ? output[0] : output) as { output: { type: string; code?: string }[] };
    const code = chunks.output.map((c) => c.code ?? '').join('\n');
    expect(code).toContain('"edges"');
    expect(code).toContain(`"start": ${JSON.stringify(explore(fixtureBundle('branching')).start)}`);
    expect(readdirSync(cache).filter((f) => f.startsWith('branching-'))).toHaveLength(1);
  }, 60_000);
});
