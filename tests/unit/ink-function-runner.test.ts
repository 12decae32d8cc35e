// The story explorer runs the model's functions with its own interpreter
// (src/build/ink-function-runner.ts) instead of inkjs. Here both run every function of a
// behaviour fixture and of every scenario on random globals and must agree exactly: the
// result and every global afterwards.
import { resolve } from 'node:path';
import fc from 'fast-check';
import { Story } from 'inkjs';
import { describe, expect, it } from 'vitest';
import { compileInkFile } from '../../src/build/ink-compile.ts';
import { InkFunctionRunner } from '../../src/build/ink-function-runner.ts';
import { analyseFunctions } from '../../src/build/ink-functions.ts';
import { type InkValue, text } from '../../src/build/segment-trace.ts';
import { scenarioFiles } from '../../src/build/story-check.ts';
import { exploreStory, MODEL_EFFECTS } from '../../src/build/story-explorer.ts';
import { runWithEngine } from '../../src/build/trace-replay.ts';
import { ROOT } from './helpers.ts';

interface Internals {
  state: { variablesState: { _globalVariables: Map<string, InkValue> } };
  listDefinitions: { lists: { name: string; items: Map<string, number> }[]; FindSingleItemListWithName(n: string): InkValue | null };
}

/** A random value for each global, of the type it starts with; list globals get any single item. */
function globalsArbitrary(story: Story): fc.Arbitrary<Map<string, InkValue>> {
  const internals = story as unknown as Internals;
  const start = internals.state.variablesState._globalVariables;
  const create = (v: unknown) =>
    ([...start.values()][0] as unknown as { constructor: { Create(v: unknown): InkValue } }).constructor.Create(v);
  const items = allListItems(story);
  const parts = [...start].map(([name, value]) => {
    const type = (value as unknown as { valueType: number }).valueType;
    const arb: fc.Arbitrary<InkValue> =
      type === -1
        ? fc.boolean().map(create)
        : type === 0
          ? fc.integer({ min: -3, max: 12 }).map(create)
          : type === 2
            ? fc.constantFrom(...items)
            : fc.constantFrom('she', 'he', 'they', '', String(value)).map(create);
    return arb.map((v) => [name, v] as const);
  });
  return fc.tuple(...parts).map((entries) => new Map(entries));
}

function allListItems(story: Story): InkValue[] {
  const defs = (story as unknown as Internals).listDefinitions;
  const names = defs.lists.flatMap((list) => [...list.items.keys()].map((key) => (JSON.parse(key) as { itemName: string }).itemName));
  return names.map((n) => defs.FindSingleItemListWithName(n) as InkValue);
}

/** Arguments typed by what each function takes: list items for a kind, small numbers otherwise. */
function argsArbitrary(story: Story, name: string, arity: number): fc.Arbitrary<unknown[]> {
  const kinds = allListItems(story).map((v) => v.valueObject);
  const takesKind = ['respond', 'is_caring', 'is_round'].includes(name);
  const one = takesKind ? fc.constantFrom(...kinds) : fc.integer({ min: -4, max: 6 });
  return fc.tuple(...Array.from({ length: arity }, () => one));
}

const show = (vars: Map<string, InkValue>) => [...vars].map(([n, v]) => `${n}=${text(v)}`).join(' ');

interface Both {
  engine: Story;
  runner: InkFunctionRunner;
}

const both = (json: string): Both => ({ engine: new Story(json), runner: new InkFunctionRunner(json, new Story(json)) });

/** Runs `name` both ways: the runner's answer (null when it declines) and inkjs's, or its error. */
function compare({ engine, runner }: Both, name: string, args: unknown[], vars: Map<string, InkValue>) {
  const fast = runner.run(name, args, vars);
  let slow: { result: unknown; vars: Map<string, InkValue> } | null = null;
  let error: unknown = null;
  try {
    slow = runWithEngine(engine, name, args, vars);
  } catch (e) {
    error = e;
  }
  return { fast, slow, error };
}

function expectSame(pair: Both, name: string, args: unknown[], vars: Map<string, InkValue>): boolean {
  const { fast, slow, error } = compare(pair, name, args, vars);
  if (!fast) return false;
  expect(error, `${name}(${args.map(String)}) made inkjs fail, but the runner answered`).toBeNull();
  expect(String(fast.result), `${name}(${args.map(String)}) on ${show(vars)}`).toBe(String(slow?.result));
  expect(show(fast.vars), `${name}(${args.map(String)}) on ${show(vars)}`).toBe(show(slow?.vars ?? new Map()));
  return true;
}

describe('the ink function runner', () => {
  const fixture = compileInkFile(resolve(ROOT, 'tests/fixtures/functions/function-runner.ink')).json;
  const fixtureStory = new Story(fixture);
  const covered = ['nested', 'logic', 'arithmetic', 'mood_after', 'bump', 'uses_bump', 'pronoun_word'];

  it.each(covered)('runs %s exactly as inkjs does, on any globals', (name) => {
    const arity = analyseFunctions(fixture).functions.get(name)?.arity ?? 0;
    fc.assert(
      fc.property(globalsArbitrary(fixtureStory), argsArbitrary(fixtureStory, name, arity), (vars, args) => {
        expect(expectSame(both(fixture), name, args, vars), `the runner declined ${name}`).toBe(true);
      }),
      { numRuns: 150 },
    );
  });

  it('declines what it does not cover (division, floats) instead of guessing', () => {
    const vars = new Story(fixture) as unknown as Internals;
    const globals = vars.state.variablesState._globalVariables;
    const pair = both(fixture);
    expect(compare(pair, 'divides', [7], globals).fast).toBeNull();
    expect(compare(pair, 'floats', [2], globals).fast).toBeNull();
    // The engine still answers them: the explorer falls back to it.
    expect(String(compare(pair, 'divides', [7], globals).slow?.result)).toBe('2');
  });

  it('covers every function the explorer calls in every scenario, and agrees with inkjs on each', () => {
    for (const { file } of scenarioFiles(resolve(ROOT, 'stories'))) {
      const { json } = compileInkFile(file);
      const pair = both(json);
      const story = pair.engine;
      const { functions, impure } = analyseFunctions(json);
      const names = [...functions.keys()].filter((n) => !impure.has(n) || MODEL_EFFECTS.includes(n));
      expect(names).toEqual(expect.arrayContaining(['respond', 'shift', 'kept_word', 'outcome']));
      for (const name of names) {
        const arity = functions.get(name)?.arity ?? 0;
        fc.assert(
          fc.property(globalsArbitrary(story), argsArbitrary(story, name, arity), (vars, args) => {
            expect(expectSame(pair, name, args, vars), `${file}: the runner declined ${name}`).toBe(true);
          }),
          { numRuns: 60 },
        );
      }
    }
  }, 120_000);

  it('lets the explorer reach the same verdicts with it as with inkjs alone', () => {
    const scenario = compileInkFile(resolve(ROOT, 'stories/en/saturday-open-sunday-cold.ink')).json;
    const fast = exploreStory(scenario);
    const slow = exploreStory(scenario, { runner: false });
    expect(fast.functionRuns.engine).toBe(0);
    expect(fast.functionRuns.runner).toBeGreaterThan(1000);
    expect(slow.functionRuns.runner).toBe(0);
    for (const key of ['stats', 'states', 'structure', 'problems', 'meterRange', 'map', 'kinds', 'lessons'] as const) {
      expect(fast[key], key).toEqual(slow[key]);
    }
  }, 60_000);
});
