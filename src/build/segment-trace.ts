// Recording what a stretch of ink (from a choice to the next choice point) depends on
// and what it changes, so the explorer can replay it for another situation instead of
// running the engine again. Build-time only.
//
// A segment's outcome is a function of the global variables and named visit counts it
// reads. Reads inside the model's meter functions (respond, shift, kept_word) are not
// dependencies: those calls are recorded as effects and replayed with the engine itself
// (EvaluateFunction), so `~ respond(pursue)` works for any meters. A recorded trace is
// the ordered list of reads (with the value seen), sets, model calls and visits; it
// applies to a new situation when replaying its effects yields the same value at every
// read.
//
// This hooks into inkjs's (unmangled) prototypes. The hooks only act while a recorder
// is running, and only for the story it records; the explorer tests compare the results
// with and without traces.
import type { Story } from 'inkjs';

export type InkValue = { valueObject: unknown; toString(): string };

export type TraceOp =
  | { op: 'read'; name: string; value: string }
  | { op: 'set'; name: string; value: InkValue }
  | { op: 'call'; name: string; args: unknown[] }
  | { op: 'pure'; name: string; args: unknown[]; result: string }
  | { op: 'visit-read'; path: string; count: number }
  | { op: 'visit'; path: string };

interface Internals {
  state: {
    callStack: { elements: { type: number; currentPointer?: { container?: { path: { toString(): string } } | null } }[] };
    divertedPointer: { container?: { path: { toString(): string } } | null };
    evaluationStack: InkValue[];
    variablesState: { _globalVariables: Map<string, InkValue> };
  };
}

// ink's PushPopType.Function
const FUNCTION_FRAME = 1;
const ANONYMOUS = /(^|\.)(\d+|c-\d+|g-\d+|s\d*|\$r\d*)(\.|$)/;

const texts = new WeakMap<object, string>();
/** A runtime value as text, remembered: list values are costly to print. */
export function text(value: InkValue | null | undefined): string {
  if (value === null || value === undefined) return String(value);
  let t = texts.get(value);
  if (t === undefined) {
    t = String(value);
    texts.set(value, t);
  }
  return t;
}

export function isNamedPath(path: string): boolean {
  return !ANONYMOUS.test(path);
}

class Recorder {
  story: Story | null = null;
  ops: TraceOp[] = [];
  /** Variables read since the last effect: a second read sees the same value. */
  seen = new Set<string>();
  mark: number | null = null;
  /** Model functions whose calls are effects. */
  transparent = new Map<string, PureFunction>();
  /** Functions whose result is what matters (like outcome()). */
  pure = new Map<string, PureFunction>();
  replayer: TraceReplayer | null = null;

  get internals(): Internals['state'] | null {
    return this.story ? (this.story as unknown as Internals).state : null;
  }

  insideTransparent(): boolean {
    const state = this.internals;
    if (!state) return false;
    for (const element of state.callStack.elements) {
      if (element.type !== FUNCTION_FRAME) continue;
      const root = element.currentPointer?.container?.path.toString().split('.')[0] ?? '';
      if (this.transparent.has(root) || this.pure.has(root)) return true;
    }
    return false;
  }
}

const recorder = new Recorder();
let installed = false;

type Method = (this: unknown, ...args: unknown[]) => unknown;
function wrap(proto: Record<string, unknown>, name: string, around: (self: unknown, args: unknown[], original: Method) => unknown) {
  const original = proto[name] as Method;
  if (typeof original !== 'function') throw new Error(`inkjs has no ${name}: the explorer's trace hooks need updating`);
  proto[name] = function (this: unknown, ...args: unknown[]) {
    return around(this, args, original);
  };
}

function install(story: Story): void {
  if (installed) return;
  installed = true;
  const s = story as unknown as Internals & Record<string, unknown>;
  const varsProto = Object.getPrototypeOf(s.state.variablesState);
  const stateProto = Object.getPrototypeOf(s.state);
  const stackProto = Object.getPrototypeOf(s.state.callStack);
  const storyProto = Object.getPrototypeOf(story);
  const active = () => recorder.story !== null;

  wrap(varsProto, 'GetVariableWithName', (self, args, original) => {
    const value = original.apply(self, args) as InkValue | null;
    const state = recorder.internals;
    const name = args[0] as string;
    if (
      active() &&
      state &&
      self === state.variablesState &&
      !recorder.seen.has(name) &&
      state.variablesState._globalVariables.has(name) &&
      !recorder.insideTransparent()
    ) {
      recorder.seen.add(name);
      recorder.ops.push({ op: 'read', name, value: text(value) });
    }
    return value;
  });
  wrap(varsProto, 'SetGlobal', (self, args, original) => {
    const state = recorder.internals;
    if (active() && state && self === state.variablesState && !recorder.insideTransparent()) {
      recorder.ops.push({ op: 'set', name: args[0] as string, value: args[1] as InkValue });
      recorder.seen.delete(args[0] as string);
    }
    return original.apply(self, args);
  });
  wrap(stateProto, 'VisitCountForContainer', (self, args, original) => {
    const count = original.apply(self, args) as number;
    const container = args[0] as { path: { toString(): string } } | null;
    const path = container?.path.toString() ?? '';
    if (active() && self === recorder.internals && isNamedPath(path) && !recorder.insideTransparent()) {
      recorder.ops.push({ op: 'visit-read', path, count });
    }
    return count;
  });
  wrap(stateProto, 'IncrementVisitCountForContainer', (self, args, original) => {
    const container = args[0] as { path: { toString(): string } };
    const path = container.path.toString();
    if (active() && self === recorder.internals && isNamedPath(path) && !recorder.insideTransparent()) {
      recorder.ops.push({ op: 'visit', path });
    }
    return original.apply(self, args);
  });
  wrap(stackProto, 'Push', (self, args, original) => {
    const state = recorder.internals;
    if (active() && state && self === state.callStack && args[0] === FUNCTION_FRAME && !recorder.insideTransparent()) {
      const name = state.divertedPointer.container?.path.toString().split('.')[0] ?? '';
      const arity = (recorder.transparent.get(name) ?? recorder.pure.get(name))?.arity;
      if (arity !== undefined) {
        const stack = state.evaluationStack;
        const argValues = (arity === 0 ? [] : stack.slice(stack.length - arity)).map((v) => v.valueObject);
        if (recorder.transparent.has(name)) {
          recorder.ops.push({ op: 'call', name, args: argValues });
          recorder.seen.clear();
        } else if (recorder.replayer) {
          // A pure function's result depends only on the variables now: evaluate it aside.
          const result = recorder.replayer.evaluate(name, argValues, liveGlobals(state));
          recorder.ops.push({ op: 'pure', name, args: argValues, result });
        }
      }
    }
    return original.apply(self, args);
  });
  // ink looks ahead past a newline for glue, then rewinds: forget what the rewound part did.
  wrap(storyProto, 'StateSnapshot', (self, args, original) => {
    if (active() && self === recorder.story) recorder.mark = recorder.ops.length;
    return original.apply(self, args);
  });
  wrap(storyProto, 'RestoreStateSnapshot', (self, args, original) => {
    if (active() && self === recorder.story && recorder.mark !== null) {
      recorder.ops.length = recorder.mark;
      recorder.seen.clear();
    }
    recorder.mark = null;
    return original.apply(self, args);
  });
  wrap(storyProto, 'DiscardSnapshot', (self, args, original) => {
    if (self === recorder.story) recorder.mark = null;
    return original.apply(self, args);
  });
}

/** The live values of all globals, patches included (ink patches state while looking ahead). */
function liveGlobals(state: Internals['state']): Map<string, InkValue> {
  const vars = state.variablesState as unknown as { _globalVariables: Map<string, InkValue>; GetVariableWithName(n: string): InkValue };
  const story = recorder.story;
  recorder.story = null; // these reads are ours, not the story's
  const values = new Map<string, InkValue>();
  for (const name of vars._globalVariables.keys()) values.set(name, vars.GetVariableWithName(name));
  recorder.story = story;
  return values;
}

export interface ModelFunctions {
  /** Functions that change meters: replayed as effects. */
  effects: Map<string, PureFunction>;
  /** Functions whose result depends on globals only: re-evaluated and compared. */
  pure: Map<string, PureFunction>;
}

/** Run `body` on `story` and return the trace of what it read and changed. */
export function record(story: Story, model: ModelFunctions, replayer: TraceReplayer, body: () => void): TraceOp[] {
  install(story);
  recorder.story = story;
  recorder.transparent = model.effects;
  recorder.pure = model.pure;
  recorder.replayer = replayer;
  replayer.pure = model.pure;
  replayer.effects = model.effects;
  recorder.ops = [];
  recorder.seen.clear();
  recorder.mark = null;
  try {
    body();
    return recorder.ops;
  } finally {
    recorder.story = null;
    recorder.ops = [];
  }
}

/**
 * Functions whose result depends only on their arguments and the global variables: no
 * assignments to globals, no output, no visit or turn counts, no randomness, no diverts
 * out, and calling only such functions. Found in the compiled story.
 */
export function pureFunctions(json: string): Map<string, PureFunction> {
  const { functions, impure } = analyseFunctions(json);
  const result = new Map<string, PureFunction>();
  for (const [name, info] of functions) if (!impure.has(name)) result.set(name, info);
  return result;
}

/** Every function of a compiled story: parameters, globals read and written (with callees). */
export function analyseFunctions(json: string): { functions: Map<string, PureFunction>; impure: Set<string> } {
  const root = (JSON.parse(json) as { root: unknown[] }).root;
  const named = (root[root.length - 1] ?? {}) as Record<string, unknown>;
  // ink's JSON does not mark functions: they are the containers something calls with f().
  const calledNames = new Set<string>();
  JSON.stringify(root, (key, value) => {
    if (key === 'f()' && typeof value === 'string') calledNames.add(value);
    return value;
  });
  const candidates = Object.keys(named).filter((name) => calledNames.has(name));
  const calls = new Map<string, Set<string>>();
  const reads = new Map<string, Set<string>>();
  const writes = new Map<string, Set<string>>();
  const impure = new Set<string>();
  for (const name of candidates) {
    const called = new Set<string>();
    const read = new Set<string>();
    const written = new Set<string>();
    reads.set(name, read);
    writes.set(name, written);
    let inString = 0;
    let clean = true;
    const walk = (node: unknown): void => {
      if (typeof node === 'string') {
        if (node === 'str') inString++;
        else if (node === '/str') inString--;
        else if (node.startsWith('^') && inString === 0 && node.trim() !== '^') clean = false;
        else if (['visit', 'turns', 'rnd', 'srnd', 'seq', 'readc', 'choiceCnt', 'thread'].includes(node)) clean = false;
        return;
      }
      if (Array.isArray(node)) {
        for (const child of node) walk(child);
        return;
      }
      if (!node || typeof node !== 'object') return;
      const o = node as Record<string, unknown>;
      if ('VAR=' in o && o.re === true) {
        clean = false;
        written.add(o['VAR='] as string);
      }
      if ('CNT?' in o || '->t->' in o || '^->' in o || 'x()' in o) clean = false;
      const divert = o['->'];
      if (typeof divert === 'string' && !divert.startsWith('.') && !divert.startsWith(`${name}.`)) clean = false;
      if (typeof o['f()'] === 'string') called.add(o['f()'] as string);
      if (typeof o['VAR?'] === 'string') read.add(o['VAR?'] as string);
      for (const [key, value] of Object.entries(o)) if (key !== '#f' && key !== '#n') walk(value);
    };
    walk(named[name]);
    if (!clean) impure.add(name);
    calls.set(name, called);
  }
  let changed = true;
  while (changed) {
    changed = false;
    for (const [name, called] of calls) {
      if (impure.has(name)) continue;
      if ([...called].some((c) => c !== name && (impure.has(c) || !calls.has(c)))) {
        impure.add(name);
        changed = true;
      }
    }
  }
  const functions = new Map<string, PureFunction>();
  for (const name of candidates) {
    // Globals it may read or write, through the functions it calls too (temps are harmless extras).
    const allReads = new Set<string>();
    const allWrites = new Set<string>();
    const visit = (n: string, seen: Set<string>) => {
      if (seen.has(n)) return;
      seen.add(n);
      for (const v of reads.get(n) ?? []) allReads.add(v);
      for (const v of writes.get(n) ?? []) allWrites.add(v);
      for (const c of calls.get(n) ?? []) visit(c, seen);
    };
    visit(name, new Set());
    // Assignments at the top level of the body always happen: their old value is no input.
    const body = named[name];
    const always = new Set<string>();
    if (Array.isArray(body)) {
      for (const item of body) {
        const o = item as Record<string, unknown> | null;
        if (o && typeof o === 'object' && !Array.isArray(o) && typeof o['VAR='] === 'string' && o.re === true)
          always.add(o['VAR='] as string);
      }
    }
    functions.set(name, {
      arity: arityOf(body),
      reads: [...allReads],
      writes: [...allWrites],
      passThrough: [...allWrites].filter((w) => !always.has(w)),
    });
  }
  return { functions, impure };
}

export interface PureFunction {
  arity: number;
  reads: string[];
  writes: string[];
  /** Written only on some paths: otherwise the value passes through unchanged. */
  passThrough: string[];
}

function arityOf(body: unknown): number {
  if (!Array.isArray(body)) return 0;
  let arity = 0;
  while (body[arity] && typeof body[arity] === 'object' && 'temp=' in (body[arity] as object)) arity++;
  return arity;
}

/** The model's meter functions, from the compiled story. */
export function effectFunctions(json: string, names: readonly string[]): Map<string, PureFunction> {
  const { functions } = analyseFunctions(json);
  const result = new Map<string, PureFunction>();
  for (const name of names) {
    const info = functions.get(name);
    if (info) result.set(name, info);
  }
  return result;
}

/**
 * Replays traces on abstract situations (variables and named visit counts). Model calls
 * run on a scratch story with those variables; results are remembered per input.
 */
export class TraceReplayer {
  private readonly scratch: Story;
  private readonly byIdentity = new WeakMap<Map<string, InkValue>, Map<string, unknown>>();
  private readonly byValue = new Map<string, unknown>();
  private readonly results = new Map<string, string>();
  private readonly writes = new Map<string, (readonly [string, InkValue])[]>();
  pure = new Map<string, PureFunction>();
  effects = new Map<string, PureFunction>();

  constructor(scratch: Story) {
    this.scratch = scratch;
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
    if (op.op === 'pure') return this.evaluate(op.name, op.args, vars);
    if (op.op === 'visit-read') return String(visits.get(op.path) ?? 0);
    throw new Error(`${op.op} is not a test`);
  }

  /** The result of a pure model function for these variables, as a string. */
  evaluate(name: string, args: unknown[], vars: Map<string, InkValue>): string {
    const reads = this.pure.get(name)?.reads ?? [...vars.keys()];
    const key = `${name}(${args.map(String).join(',')})|${reads.map((r) => text(vars.get(r))).join(';')}`;
    let result = this.results.get(key);
    if (result === undefined) {
      result = String(this.run(name, args, vars).result);
      this.results.set(key, result);
    }
    return result;
  }

  private call(name: string, args: unknown[], vars: Map<string, InkValue>): Map<string, InkValue> {
    return this.memo(`${name}(${args.map(String).join(',')})`, vars, () => {
      // An effect depends on the globals it reads only: remember its writes per those.
      const info = this.effects.get(name);
      if (!info) return this.run(name, args, vars).vars;
      // A global written on some paths only may pass through unchanged: its value is an input too.
      const key = `${name}(${args.map(String).join(',')})|${[...info.reads, '|', ...info.passThrough].map((r) => text(vars.get(r))).join(';')}`;
      let writes = this.writes.get(key);
      if (!writes) {
        const after = this.run(name, args, vars).vars;
        writes = info.writes.map((w) => [w, after.get(w) as InkValue] as const);
        this.writes.set(key, writes);
      }
      const result = new Map(vars);
      for (const [w, value] of writes) result.set(w, value);
      return result;
    });
  }

  /**
   * Remember results per call and variables: first by the variables map itself (a
   * situation tries several traces on the same map), then by its values.
   */
  private memo<T>(call: string, vars: Map<string, InkValue>, compute: () => T): T {
    let byCall = this.byIdentity.get(vars);
    if (!byCall) {
      byCall = new Map();
      this.byIdentity.set(vars, byCall);
    }
    if (byCall.has(call)) return byCall.get(call) as T;
    const key = `${call}|${[...vars.values()].map(text).join(';')}`;
    let value = this.byValue.get(key) as T | undefined;
    if (value === undefined) {
      value = compute();
      this.byValue.set(key, value);
    }
    byCall.set(call, value);
    return value;
  }

  private run(name: string, args: unknown[], vars: Map<string, InkValue>) {
    const state = (this.scratch as unknown as Internals).state.variablesState as unknown as { _globalVariables: Map<string, InkValue> };
    // Runtime values are immutable: handing the scratch story a copy of the map is enough.
    state._globalVariables = new Map(vars);
    const result = this.scratch.EvaluateFunction(name, args as never[]);
    return { result, vars: state._globalVariables };
  }
}

const isTest = (op: TraceOp) => op.op === 'read' || op.op === 'pure' || op.op === 'visit-read';
const observed = (op: TraceOp) =>
  op.op === 'read' ? op.value : op.op === 'pure' ? op.result : op.op === 'visit-read' ? String(op.count) : '';
const testId = (op: TraceOp) =>
  op.op === 'read'
    ? `r:${op.name}`
    : op.op === 'pure'
      ? `p:${op.name}(${op.args.map(String).join(',')})`
      : op.op === 'visit-read'
        ? `v:${op.path}`
        : '';

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
      if (isTest(op)) return { kind: 'test', op, id: testId(op), children: new Map([[observed(op), build(i + 1)]]) };
      return { kind: 'effect', op, next: build(i + 1) };
    };
    if (!this.root) {
      this.root = build(0);
      return;
    }
    let node = this.root;
    for (let i = 0; ; i++) {
      const op = ops[i];
      if (node.kind === 'test' && op && isTest(op) && testId(op) === node.id) {
        const child = node.children.get(observed(op));
        if (!child) {
          node.children.set(observed(op), build(i + 1));
          return;
        }
        node = child;
      } else if (node.kind === 'effect' && op && !isTest(op) && node.next) {
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
