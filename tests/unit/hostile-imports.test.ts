// Property-based tests of importing runs files (issue: reliability). Thousands of hostile
// files per run: each gets a clear answer, the runs already kept never change, and
// nothing pollutes prototypes. Rendering as text only is checked in the browser tests.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { RunRecord } from '../../src/core/run-record.ts';
import { importRuns } from '../../src/runs/import-runs.ts';
import { runFile } from '../../src/runs/run-file.ts';
import { RunRepository } from '../../src/runs/run-repository.ts';
import { parseRunRecord } from '../../src/runs/run-schema.ts';
import { MemoryStore } from '../../src/runs/storage.ts';
import { en } from '../../src/ui/i18n/en.ts';
import { nl } from '../../src/ui/i18n/nl.ts';
import { fixtureBundle, session } from './helpers.ts';

const SCENARIOS = ['basic', 'fight-about-nothing'];
const RUNS = 1000;

function playedRun(seed: number): RunRecord {
  const s = session(fixtureBundle('basic'), { seed });
  s.start();
  while (!s.ended) s.choose(0);
  return s.record;
}
const kept = [playedRun(1), playedRun(2)];
const validFile = JSON.parse(runFile([playedRun(3)], 1)) as { runs: Record<string, unknown>[] };

async function repositoryWithRuns() {
  const store = new MemoryStore();
  const repository = new RunRepository(store);
  for (const run of kept) await repository.keep(run);
  return { store, repository };
}

async function snapshot(store: MemoryStore) {
  const out: Record<string, unknown> = {};
  for (const key of (await store.keys()).sort()) out[key] = await store.get(key);
  return out;
}

const hostileString = fc.oneof(
  fc.string(),
  fc.constantFrom(
    '<img src=x onerror="window.__pwned=1">',
    '<script>window.__pwned=1</script>',
    '"><svg onload=alert(1)>',
    'javascript:alert(1)',
    '__proto__',
    'constructor',
    '\u0000\u202e\ud800',
  ),
  fc.integer({ min: 1, max: 50 }).map((n) => 'x'.repeat(n * 10_000)),
);
const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  hostileString,
  fc.double(),
  fc.integer({ min: -1e12, max: 1e12 }),
  fc.constantFrom(null, true, false, [], {}, -1, 2 ** 53, 1e308),
  fc.jsonValue(),
  fc.integer({ min: 10, max: 1500 }).map((depth) => {
    let nested: unknown = 1;
    for (let i = 0; i < depth; i++) nested = [nested];
    return nested;
  }),
  fc.integer({ min: 201, max: 5000 }).map((n) => Array.from({ length: n }, () => 0)),
  fc.constant(JSON.parse('{"__proto__": {"polluted": true}, "constructor": {"prototype": {"polluted": true}}}')),
);

/** Every path into the valid file, so a mutation can hit any field. */
function paths(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  if (value === null || typeof value !== 'object') return [prefix];
  const entries = Array.isArray(value) ? value.map((v, i) => [i, v] as const) : Object.entries(value);
  return [prefix, ...entries.flatMap(([k, v]) => paths(v, [...prefix, k]))];
}
const allPaths = paths(validFile).filter((p) => p.length > 0);

const mutatedFile = fc
  .tuple(
    fc.array(fc.tuple(fc.constantFrom(...allPaths), hostileValue, fc.constantFrom('set', 'delete', 'add-key')), {
      minLength: 1,
      maxLength: 4,
    }),
    fc.constantFrom('__proto__', 'constructor', 'extra', 'prototype'),
  )
  .map(([mutations, extraKey]) => {
    const file = structuredClone(validFile) as Record<string, unknown>;
    for (const [path, shared, how] of mutations) {
      // Generated constants are shared between runs: copy them, or a file could contain itself.
      const value = structuredClone(shared);
      let target: Record<string | number, unknown> = file;
      for (const key of path.slice(0, -1)) {
        const next = target[key];
        if (next === null || typeof next !== 'object') return JSON.stringify(file);
        target = next as Record<string | number, unknown>;
      }
      const last = path[path.length - 1] as string | number;
      if (how === 'delete') delete target[last];
      else if (how === 'add-key') Object.defineProperty(target, extraKey, { value, enumerable: true, configurable: true, writable: true });
      else target[last] = value;
    }
    return JSON.stringify(file);
  });

const messages = (problem: string) =>
  problem === 'storage'
    ? [en.runs.savingOff, nl.runs.savingOff]
    : [en.library.importProblems[problem as 'invalid'], nl.library.importProblems[problem as 'invalid']];

async function checkImport(text: string) {
  const { store, repository } = await repositoryWithRuns();
  const before = await snapshot(store);
  const outcome = await importRuns(repository, text, SCENARIOS);
  const after = await snapshot(store);
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  for (const run of kept) expect(after[`run:${run.startedAt}-${run.seed}`]).toEqual(before[`run:${run.startedAt}-${run.seed}`]);
  if (!outcome.ok) {
    expect(after).toEqual(before);
    for (const message of messages(outcome.problem)) expect(message).toMatch(/\S/);
    return outcome;
  }
  // What was accepted is a valid run through and through, with plain prototypes.
  for (const run of outcome.runs) {
    expect(parseRunRecord(structuredClone(run)).ok).toBe(true);
    expect(Object.getPrototypeOf(run)).toBe(Object.prototype);
    expect(Object.getPrototypeOf(run.variables)).toBe(Object.prototype);
  }
  expect(Object.keys(after).length).toBe(Object.keys(before).length + outcome.runs.length);
  return outcome;
}

describe('importing hostile runs files', () => {
  it(`answers ${RUNS} arbitrary texts and JSON values clearly, changing nothing`, async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.string(),
          fc.jsonValue().map((v) => JSON.stringify(v)),
          hostileValue.map((v) => JSON.stringify(v) ?? ''),
        ),
        async (text) => {
          const outcome = await checkImport(text);
          expect(outcome.ok).toBe(false);
        },
      ),
      { numRuns: RUNS },
    );
  }, 120_000);

  it(`answers ${RUNS} mutated runs files (wrong types, missing fields, huge or deep values, prototype keys, HTML)`, async () => {
    let rejected = 0;
    await fc.assert(
      fc.asyncProperty(mutatedFile, async (text) => {
        if (!(await checkImport(text)).ok) rejected++;
      }),
      { numRuns: RUNS },
    );
    // Most mutations break the file; a few (HTML in a label, say) are valid runs.
    expect(rejected).toBeGreaterThan(RUNS / 2);
  }, 120_000);

  it('keeps HTML in a valid file as plain text, and skips runs that are already here', async () => {
    const run = { ...playedRun(4), label: '<img src=x onerror="window.__pwned=1">' };
    const { repository } = await repositoryWithRuns();
    const text = runFile([run, run, kept[0] as RunRecord], 1);
    const outcome = await checkImport(text);
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    expect(outcome.runs.map((r) => r.label)).toEqual(['<img src=x onerror="window.__pwned=1">']);
    expect(outcome.duplicates).toBe(2);
    expect(await repository.keptKeys()).toHaveProperty('size', 2);
  });

  it('takes back what it stored when storage fails half-way', async () => {
    const store = new MemoryStore();
    const repository = new RunRepository(store);
    for (const run of kept) await repository.keep(run);
    const before = await snapshot(store);
    let writes = 0;
    const set = store.set.bind(store);
    store.set = async (key, value) => {
      if (++writes === 3) throw new DOMException('full', 'QuotaExceededError');
      return set(key, value);
    };
    const text = runFile([playedRun(5), playedRun(6), playedRun(7), playedRun(8)], 1);
    expect(await importRuns(repository, text, SCENARIOS)).toEqual({ ok: false, problem: 'storage' });
    expect(await snapshot(store)).toEqual(before);
  });
});
