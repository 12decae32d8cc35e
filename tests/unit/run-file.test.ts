import { describe, expect, it } from 'vitest';
import { parseRunFile, runFile, runKey } from '../../src/runs/run-file.ts';
import { fixtureBundle, session } from './helpers.ts';

function finishedRun() {
  const s = session(fixtureBundle('basic'));
  s.start();
  s.choose(1);
  s.choose(0);
  return s.record;
}

describe('run files', () => {
  const context = { scenarios: ['basic'], existing: new Set<string>() };

  it('round-trips runs exactly', () => {
    const run = finishedRun();
    const parsed = parseRunFile(runFile([run], 1), context);
    expect(parsed).toEqual({ ok: true, runs: [run], checks: [], unknownScenarios: [], duplicates: 0 });
  });

  it('skips runs that are already kept, and names scenarios the game does not have', () => {
    const run = finishedRun();
    const other = { ...finishedRun(), scenarioId: 'gone-scenario', seed: 7 };
    const parsed = parseRunFile(runFile([run, other, run], 1), { scenarios: ['basic'], existing: new Set([runKey(run)]) });
    expect(parsed).toEqual({ ok: true, runs: [other], checks: [], unknownScenarios: ['gone-scenario'], duplicates: 2 });
  });

  it('rejects a bad file whole, with the reason', () => {
    const run = finishedRun();
    expect(parseRunFile('{not json', context)).toMatchObject({ ok: false, problem: 'not-json' });
    expect(parseRunFile('{"runs": []}', context)).toMatchObject({ ok: false, problem: 'not-a-run-file' });
    expect(parseRunFile('x'.repeat(5_000_001), context)).toMatchObject({ ok: false, problem: 'too-big' });
    const broken = JSON.parse(runFile([run], 1));
    broken.runs[0].steps[0].kind = '<img src=x onerror=alert(1)>';
    expect(parseRunFile(JSON.stringify(broken), context)).toMatchObject({
      ok: false,
      problem: 'invalid',
      detail: expect.stringContaining('runs.0.steps.0.kind'),
    });
    const extra = JSON.parse(runFile([run], 1));
    extra.runs[0].__proto__ = { polluted: true };
    extra.runs[0].constructor = 'x';
    expect(parseRunFile(JSON.stringify(extra), context).ok).toBe(false);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
