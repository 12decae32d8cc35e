// Replaying recorded traces (segment-trace.ts) on abstract situations: the model's calls
// run on the function runner (or a scratch story where it declines), pure functions are
// re-evaluated, and the traces of one choice
// form a tree that branches where a read sees a different value.
import type { Story } from 'inkjs';
import type { InkFunctionRunner } from './ink-function-runner.ts';
import type { PureFunction } from './ink-functions.ts';
import { compareInts, type InkValue, intOf, type TraceOp, text } from './segment-trace.ts';

interface ScratchInternals {
  state: { variablesState: { _globalVariables: Map<string, InkValue> } };
}

/**
 * Replays traces on abstract situations (variables and named visit counts). Model calls
 * run with those variables; results are remembered per variables map and per input.
 */
export class TraceReplayer {
  private readonly scratch: Story;
  private readonly byIdentity = new WeakMap<Map<string, InkValue>, Map<string, unknown>>();
  private readonly results = new Map<string, string>();
  /** Each call's text ("respond(pursue)"), once per argument list: a list argument prints slowly. */
  private readonly callTexts = new WeakMap<readonly unknown[], { name: string; text: string }>();
  pure = new Map<string, PureFunction>();
  /** Function runs, by who ran them: the runner, or inkjs when the runner could not. */
  readonly calls = { runner: 0, engine: 0 };

  private readonly runner: InkFunctionRunner | null;

  /** `runner` runs functions without the engine where it can (ink-function-runner.ts). */
  constructor(scratch: Story, runner: InkFunctionRunner | null = null) {
    this.scratch = scratch;
    this.runner = runner;
  }

  /** Apply one effect (set, call, visit) to a situation's variables and visits. */
  apply(op: TraceOp, vars: Map<string, InkValue>, visits: Map<string, number>) {
    if (op.op === 'set') return { vars: new Map(vars).set(op.name, op.value), visits };
    if (op.op === 'call') return { vars: this.call(op.name, op.args, vars), visits };
    if (op.op === 'visit') return { vars, visits: new Map(visits).set(op.path, (visits.get(op.path) ?? 0) + 1) };
    return { vars, visits };
  }

  /** What a test op (read, pure call, visit read) sees in this situation. */
  observe(op: TraceOp, vars: Map<string, InkValue>, visits: Map<string, number>): string {
    if (op.op === 'read') return text(vars.get(op.name));
    if (op.op === 'compare') {
      const value = intOf(vars.get(op.name));
      // Not an int here: no recorded branch matches, and the explorer runs ink instead.
      return value === null ? 'not an int' : String(compareInts(value, op.operator, op.constant));
    }
    if (op.op === 'pure') return this.evaluate(op.name, op.args, vars);
    if (op.op === 'visit-read') return String(visits.get(op.path) ?? 0);
    throw new Error(`${op.op} is not a test`);
  }

  /** The result of a pure model function for these variables, as a string. */
  evaluate(name: string, args: unknown[], vars: Map<string, InkValue>): string {
    const reads = this.pure.get(name)?.reads ?? [...vars.keys()];
    const key = `${this.callText(name, args)}|${reads.map((r) => text(vars.get(r))).join(';')}`;
    let result = this.results.get(key);
    if (result === undefined) {
      result = String(this.run(name, args, vars).result);
      this.results.set(key, result);
    }
    return result;
  }

  private call(name: string, args: unknown[], vars: Map<string, InkValue>): Map<string, InkValue> {
    return this.memo(this.callText(name, args), vars, () => this.run(name, args, vars).vars);
  }

  private callText(name: string, args: readonly unknown[]): string {
    let call = this.callTexts.get(args);
    if (call?.name !== name) {
      call = { name, text: `${name}(${args.map(String).join(',')})` };
      this.callTexts.set(args, call);
    }
    return call.text;
  }

  /**
   * Remember results per call and variables map (a situation tries several traces on the
   * same map). Keying by the values of every variable as well cost more than running the
   * function again (ink-function-runner.ts); effects are still remembered per the globals
   * they read, in `call`.
   */
  private memo<T>(call: string, vars: Map<string, InkValue>, compute: () => T): T {
    let byCall = this.byIdentity.get(vars);
    if (!byCall) {
      byCall = new Map();
      this.byIdentity.set(vars, byCall);
    }
    if (byCall.has(call)) return byCall.get(call) as T;
    const value = compute();
    byCall.set(call, value);
    return value;
  }

  private run(name: string, args: unknown[], vars: Map<string, InkValue>) {
    const fast = this.runner?.run(name, args, vars);
    if (fast) {
      this.calls.runner++;
      return fast;
    }
    this.calls.engine++;
    return runWithEngine(this.scratch, name, args, vars);
  }
}

/** Evaluate an ink function with inkjs on these globals: its result and the globals after. */
export function runWithEngine(story: Story, name: string, args: readonly unknown[], vars: Map<string, InkValue>) {
  const state = (story as unknown as ScratchInternals).state.variablesState;
  // Runtime values are immutable: handing the story a copy of the map is enough.
  state._globalVariables = new Map(vars);
  const result = story.EvaluateFunction(name, args as never[]);
  return { result, vars: state._globalVariables };
}

/** A test op's branch key (what it tests) and what it saw; null for an effect. */
function testOf(op: TraceOp): { id: string; seen: string } | null {
  switch (op.op) {
    case 'read':
      return { id: `r:${op.name}`, seen: op.value };
    case 'compare':
      return { id: `c:${op.name}${op.operator}${op.constant}`, seen: op.result };
    case 'pure':
      return { id: `p:${op.name}(${op.args.map(String).join(',')})`, seen: op.result };
    case 'visit-read':
      return { id: `v:${op.path}`, seen: String(op.count) };
    default:
      return null;
  }
}

type TraceNode<T> =
  | { kind: 'effect'; op: TraceOp; next: TraceNode<T> | null }
  | { kind: 'test'; op: TraceOp; id: string; children: Map<string, TraceNode<T>> }
  | { kind: 'leaf'; result: T };

/**
 * All traces recorded from one choice point and option, as a tree. Runs from the same
 * place with the same option do the same until a read sees a different value, so the
 * traces share their beginnings and branch at reads: replaying walks one branch.
 */
export class TraceTree<T> {
  private root: TraceNode<T> | null = null;

  insert(ops: readonly TraceOp[], result: T): void {
    const build = (i: number): TraceNode<T> => {
      const op = ops[i];
      if (!op) return { kind: 'leaf', result };
      const test = testOf(op);
      if (test) return { kind: 'test', op, id: test.id, children: new Map([[test.seen, build(i + 1)]]) };
      return { kind: 'effect', op, next: build(i + 1) };
    };
    if (!this.root) {
      this.root = build(0);
      return;
    }
    let node = this.root;
    for (let i = 0; ; i++) {
      const op = ops[i];
      const test = op ? testOf(op) : null;
      if (node.kind === 'test' && test?.id === node.id) {
        const child = node.children.get(test.seen);
        if (!child) {
          node.children.set(test.seen, build(i + 1));
          return;
        }
        node = child;
      } else if (node.kind === 'effect' && op && !test && node.next) {
        node = node.next;
      } else {
        // Same place and history, different steps: not expected from a deterministic
        // engine. Keep the newest trace so exploring stays correct, only slower.
        this.root = build(0);
        return;
      }
    }
  }

  replay(replayer: TraceReplayer, vars: Map<string, InkValue>, visits: Map<string, number>) {
    let node = this.root;
    let state = { vars, visits };
    while (node) {
      if (node.kind === 'leaf') return { result: node.result, ...state };
      if (node.kind === 'effect') {
        state = replayer.apply(node.op, state.vars, state.visits);
        node = node.next;
      } else {
        node = node.children.get(replayer.observe(node.op, state.vars, state.visits)) ?? null;
      }
    }
    return null;
  }
}
