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
// read. A read that only feeds a comparison with a number is recorded as that comparison
// and its outcome, so `{alarm >= 7: …}` needs the same outcome, not the same alarm.
//
// This hooks into inkjs's (unmangled) prototypes. The hooks only act while a recorder
// is running, and only for the story it records; the explorer tests compare the results
// with and without traces.
import type { Story } from 'inkjs';
import type { PureFunction } from './ink-functions.ts';
import type { TraceReplayer } from './trace-replay.ts';

export type InkValue = { valueObject: unknown; toString(): string };

export type TraceOp =
  | { op: 'read'; name: string; value: string }
  | { op: 'compare'; name: string; operator: Comparison; constant: number; result: string }
  | { op: 'set'; name: string; value: InkValue }
  | { op: 'call'; name: string; args: unknown[] }
  | { op: 'pure'; name: string; args: unknown[]; result: string }
  | { op: 'visit-read'; path: string; count: number }
  | { op: 'visit'; path: string };

/** ink's comparison operators, as its NativeFunctionCall names them. */
export type Comparison = '==' | '!=' | '<' | '>' | '<=' | '>=';
const COMPARISONS = new Set<string>(['==', '!=', '<', '>', '<=', '>=']);
export const isComparison = (name: string): name is Comparison => COMPARISONS.has(name);

/** An int comparison as ink makes it (both sides ints, so no coercion). */
export function compareInts(x: number, operator: Comparison, y: number): boolean {
  switch (operator) {
    case '==':
      return x === y;
    case '!=':
      return x !== y;
    case '<':
      return x < y;
    case '>':
      return x > y;
    case '<=':
      return x <= y;
    case '>=':
      return x >= y;
  }
}

interface Internals {
  state: {
    currentPointer: { container: { content: unknown[] } | null; index: number };
    callStack: { elements: { type: number; currentPointer?: { container?: { path: { toString(): string } } | null } }[] };
    divertedPointer: { container?: { path: { toString(): string } } | null };
    evaluationStack: InkValue[];
    variablesState: { _globalVariables: Map<string, InkValue> };
  };
}

// ink's PushPopType.Function
const FUNCTION_FRAME = 1;
// A container is named by its own last segment: a labelled gather inside a knot sits at
// `knot.0.label`, named, though its parent is not. Stories compile without countAllVisits
// (ink-compile.ts), so ink's own unnumbered containers (a condition's `b`) are never counted.
const ANONYMOUS = /(^|\.)(\d+|c-\d+|g-\d+|s\d*|\$r\d*)$/;

/** inkjs's ValueType numbers, for reading runtime values without its classes. */
export const VALUE_TYPE = { bool: -1, int: 0, float: 1, list: 2, string: 3 } as const;

const texts = new WeakMap<object, string>();
/** A runtime value as text. Numbers, booleans and strings print as JavaScript prints them;
 * list values are costly to print, so their text is remembered. */
export function text(value: InkValue | null | undefined): string {
  if (value === null || value === undefined) return String(value);
  const { valueType, value: inner } = value as unknown as { valueType?: number; value?: unknown };
  // ink's booleans, numbers and strings print their value's toString().
  if (valueType === VALUE_TYPE.bool || valueType === VALUE_TYPE.int || valueType === VALUE_TYPE.float || valueType === VALUE_TYPE.string)
    return String(inner);
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
      // `{alarm >= 8: …}`: what follows depends on the comparison, not on the value, so
      // situations with alarm 8, 9 and 10 share one trace. The value itself is not seen.
      const compared = comparison(state, name, value);
      if (compared) recorder.ops.push(compared);
      else {
        recorder.seen.add(name);
        recorder.ops.push({ op: 'read', name, value: text(value) });
      }
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
  // While looking ahead, ink counts a visit by reading the count first; that read is part of
  // the visit (recorded as one), not something the stretch depends on.
  let incrementing = false;
  wrap(stateProto, 'VisitCountForContainer', (self, args, original) => {
    const count = original.apply(self, args) as number;
    const container = args[0] as { path: { toString(): string } } | null;
    const path = container?.path.toString() ?? '';
    if (!incrementing && active() && self === recorder.internals && isNamedPath(path) && !recorder.insideTransparent()) {
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
    incrementing = true;
    try {
      return original.apply(self, args);
    } finally {
      incrementing = false;
    }
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

/** An int value's number, or null for any other value. */
export function intOf(value: InkValue | null | undefined): number | null {
  const v = value as unknown as { valueType?: number; value?: unknown } | null | undefined;
  return v?.valueType === VALUE_TYPE.int && typeof v.value === 'number' ? v.value : null;
}

/**
 * When the variable being read is an int that the very next steps compare with an int
 * literal (ink compiles `alarm >= 8` to: read alarm, push 8, call >=), that comparison and
 * its outcome. The read value then lives only until the comparison consumes it.
 */
function comparison(state: Internals['state'], name: string, value: InkValue | null): Extract<TraceOp, { op: 'compare' }> | null {
  const x = intOf(value);
  if (x === null) return null;
  const { container, index } = state.currentPointer;
  const literal = container?.content[index + 1] as { valueType?: number; value?: unknown } | undefined;
  const call = container?.content[index + 2] as { _name?: unknown } | undefined;
  if (literal?.valueType !== VALUE_TYPE.int || typeof literal.value !== 'number') return null;
  const operator = call?._name;
  if (typeof operator !== 'string' || !isComparison(operator)) return null;
  return { op: 'compare', name, operator, constant: literal.value, result: String(compareInts(x, operator, literal.value)) };
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
