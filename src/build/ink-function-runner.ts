// Runs a story's ink functions without the ink engine, for the story explorer: replaying a
// model call (`~ respond(pursue)`) through inkjs's EvaluateFunction takes about 0.2 ms, and
// exploring every path makes tens of thousands of them. The functions are flattened once
// from the compiled JSON into a list of steps and interpreted here, for the part of ink that
// model functions use: numbers, booleans, strings, list items, temporaries, globals,
// conditions, calls and returns. Anything else (a float, a division, a visit count, text
// output, a divert out of the function) makes `run` answer null, and the caller falls back
// to the engine. tests/unit/ink-function-runner.test.ts checks it against inkjs on random
// states for every function of every scenario.
import type { Story } from 'inkjs';
import { compareInts, type InkValue, isComparison, VALUE_TYPE } from './segment-trace.ts';

/** An ink value inside the runner: ints, booleans, strings, or ink's own list value. */
type Val = number | boolean | string | ListVal | null;
interface ListVal {
  valueType: number;
  value: { size: number; Equals(other: unknown): boolean };
  valueObject: unknown;
}

type Step =
  | { k: 'push'; v: Val }
  | { k: 'get'; name: string }
  | { k: 'slot'; i: number }
  | { k: 'temp'; i: number }
  | { k: 'global'; name: string }
  | { k: 'op'; op: string; unary: boolean }
  | { k: 'jump'; to: number; cond: boolean }
  | { k: 'call'; fn: string; program?: Program | null }
  | { k: 'text'; s: string }
  | { k: 'mode'; to: 'ev' | '/ev' | 'str' | '/str' }
  | { k: 'pop' | 'du' | 'ret' | 'end' | 'nop' | 'newline' | 'bail' };

/** A function's steps and how many temporaries (parameters included) it has. */
interface Program {
  steps: Step[];
  temps: number;
}

/** Thrown inside a run when the function uses something this runner does not cover. */
class Unsupported extends Error {}

const OPERATORS = new Set(['+', '-', '*', '==', '!=', '<', '>', '<=', '>=', '&&', '||', 'MIN', 'MAX', '!', '_']);
const UNARY = new Set(['!', '_']);

export class InkFunctionRunner {
  private readonly programs = new Map<string, Program | null>();
  private readonly named: Record<string, unknown>;
  private readonly listItems = new Map<string, ListVal | null>();
  private readonly story: Story;
  /** ink's Value.Create, borrowed from a live value: a second copy of inkjs would fail the engine's instanceof checks. */
  private readonly create: (value: unknown) => InkValue;
  private readonly globalNames: Set<string>;
  /** Values are immutable: one ink value per int or boolean, one runner value per list argument. */
  private readonly made = new Map<number | boolean, InkValue>();
  private readonly argLists = new WeakMap<object, Val>();

  /** `story` lends its list definitions and value classes; the runner never runs it. */
  constructor(json: string, story: Story) {
    const root = (JSON.parse(json) as { root: unknown[] }).root;
    this.named = (root[root.length - 1] ?? {}) as Record<string, unknown>;
    this.story = story;
    const globals = (story.state as unknown as { variablesState: { _globalVariables: Map<string, InkValue> } }).variablesState
      ._globalVariables;
    this.globalNames = new Set(globals.keys());
    const ValueClass = [...globals.values()][0]?.constructor as unknown as { Create?: (v: unknown) => InkValue | null } | undefined;
    const create = ValueClass?.Create?.bind(ValueClass);
    this.create = (v) => {
      const made = create?.(v);
      if (!made) throw new Unsupported('no value class');
      return made;
    };
  }

  /**
   * Run function `name` on these globals: its result (as EvaluateFunction gives it) and the
   * globals after. Null when the function is outside what this runner covers.
   */
  run(name: string, args: readonly unknown[], globals: Map<string, InkValue>): { result: unknown; vars: Map<string, InkValue> } | null {
    const program = this.program(name);
    if (!program) return null;
    const written = new Map<string, Val>();
    try {
      const stack: Val[] = args.map((arg) => this.fromArg(arg));
      this.exec(program, stack, { globals, written });
      const vars = new Map(globals);
      for (const [key, value] of written) vars.set(key, this.toInk(value));
      return { result: resultOf(stack.at(-1) ?? null), vars };
    } catch (error) {
      if (error instanceof Unsupported) return null;
      throw error;
    }
  }

  /** Runs one call frame; true when it returned with ~ret, false when it ran off its end. */
  private exec(program: Program, stack: Val[], ctx: { globals: Map<string, InkValue>; written: Map<string, Val> }): boolean {
    const { steps } = program;
    const temps: (Val | undefined)[] = new Array(program.temps);
    let evaluating = false;
    let inString = false;
    let text = '';
    const pop = (): Val => {
      if (stack.length === 0) throw new Unsupported('empty stack');
      return stack.pop() as Val;
    };
    for (let pc = 0; pc < steps.length; ) {
      const step = steps[pc++] as Step;
      switch (step.k) {
        case 'push':
          if (!evaluating) throw new Unsupported('value outside evaluation');
          stack.push(step.v);
          break;
        case 'get':
          stack.push(this.read(step.name, ctx));
          break;
        case 'slot': {
          const value = temps[step.i];
          if (value === undefined) throw new Unsupported('a temporary read before it is set');
          stack.push(value);
          break;
        }
        case 'temp':
          temps[step.i] = pop();
          break;
        case 'global':
          if (!ctx.globals.has(step.name)) throw new Unsupported(`no global ${step.name}`);
          ctx.written.set(step.name, pop());
          break;
        case 'op':
          stack.push(step.unary ? unary(step.op, pop()) : binaryOf(step.op, pop));
          break;
        case 'jump':
          if (!step.cond || truthy(pop())) pc = step.to;
          break;
        case 'call':
          // A call's own frame starts outside evaluation; on falling off its end inside an
          // expression, ink leaves a void on the stack.
          if (step.program === undefined) step.program = this.program(step.fn);
          if (!step.program) throw new Unsupported(step.fn);
          if (!this.exec(step.program, stack, ctx) && evaluating) stack.push(null);
          break;
        case 'ret':
          return true;
        case 'mode':
          if (step.to === 'ev') evaluating = true;
          else if (step.to === '/ev') evaluating = false;
          else if (step.to === 'str') {
            if (!evaluating) throw new Unsupported('string outside evaluation');
            evaluating = false;
            inString = true;
            text = '';
          } else {
            if (!inString) throw new Unsupported('string end without start');
            evaluating = true;
            inString = false;
            stack.push(text);
          }
          break;
        case 'text':
          if (!inString) throw new Unsupported('text output');
          text += step.s;
          break;
        case 'pop':
          pop();
          break;
        case 'du': {
          const top = pop();
          stack.push(top, top);
          break;
        }
        case 'newline':
          // A line break is output, which a function evaluated for its effects discards.
          if (inString) throw new Unsupported('line break in a string');
          break;
        case 'nop':
          break;
        case 'end':
          return false;
        case 'bail':
          throw new Unsupported('ran off the end of a branch');
      }
    }
    return false;
  }

  /** A global or a list item; temporaries are slots (flatten tells them apart). */
  private read(name: string, ctx: { globals: Map<string, InkValue>; written: Map<string, Val> }): Val {
    const changed = ctx.written.get(name);
    if (changed !== undefined) return changed;
    const global = ctx.globals.get(name);
    if (global !== undefined) return fromInk(global);
    const item = this.listItem(name);
    if (item) return item;
    throw new Unsupported(`unknown variable ${name}`);
  }

  /** An argument as EvaluateFunction takes it: a number, boolean, string or InkList. */
  private fromArg(arg: unknown): Val {
    if (typeof arg === 'number' && !Number.isInteger(arg)) throw new Unsupported('float argument');
    if (typeof arg === 'number' || typeof arg === 'boolean' || typeof arg === 'string') return arg;
    if (typeof arg !== 'object' || arg === null) throw new Unsupported(`argument ${typeof arg}`);
    let value = this.argLists.get(arg);
    if (value === undefined) {
      value = fromInk(this.create(arg));
      this.argLists.set(arg, value);
    }
    return value;
  }

  private listItem(name: string): ListVal | null {
    if (!this.listItems.has(name)) {
      const defs = (this.story as unknown as { listDefinitions: { FindSingleItemListWithName(n: string): ListVal | null } | null })
        .listDefinitions;
      this.listItems.set(name, defs?.FindSingleItemListWithName(name) ?? null);
    }
    return this.listItems.get(name) ?? null;
  }

  private toInk(value: Val): InkValue {
    if (isList(value)) {
      // ink keeps an emptied list's origins on assignment; this runner does not model that.
      if (value.value.size === 0) throw new Unsupported('empty list assignment');
      return value as unknown as InkValue;
    }
    if (value === null) throw new Unsupported('void assignment');
    // Strings are not kept: their variety has no bound.
    if (typeof value === 'string') return this.create(value);
    let made = this.made.get(value);
    if (made === undefined) {
      made = this.create(value);
      this.made.set(value, made);
    }
    return made;
  }

  private program(name: string): Program | null {
    if (!this.programs.has(name)) {
      let program: Program | null = null;
      try {
        program = flatten(name, this.named[name], (n) => this.globalNames.has(n) || this.listItem(n) !== null);
      } catch (error) {
        if (!(error instanceof Unsupported)) throw error;
      }
      this.programs.set(name, program);
    }
    return this.programs.get(name) ?? null;
  }
}

function isList(value: Val): value is ListVal {
  return typeof value === 'object' && value !== null && value.valueType === VALUE_TYPE.list;
}

function fromInk(value: InkValue): Val {
  const v = value as unknown as { valueType: number; value: unknown };
  if (v.valueType === VALUE_TYPE.bool) return v.value as boolean;
  if (v.valueType === VALUE_TYPE.int) return v.value as number;
  if (v.valueType === VALUE_TYPE.string) return v.value as string;
  if (v.valueType === VALUE_TYPE.list) return value as unknown as ListVal;
  throw new Unsupported(`value type ${v.valueType}`);
}

function resultOf(value: Val): unknown {
  if (isList(value)) return value.valueObject;
  return value;
}

function truthy(value: Val): boolean {
  if (typeof value === 'number') return value !== 0;
  if (typeof value === 'boolean') return value;
  if (typeof value === 'string') return value.length > 0;
  if (isList(value)) return value.value.size > 0;
  throw new Unsupported('void condition');
}

// ink coerces booleans and numbers to numbers before any operator (CoerceValuesToSingleType
// starts at Int), so `true && false` is an int operation; its result is a boolean value for a
// comparison or `not`, and a number otherwise.
function unary(op: string, x: Val): Val {
  if (typeof x !== 'number' && typeof x !== 'boolean') throw new Unsupported(`${op} on ${typeof x}`);
  const n = Number(x);
  return op === '!' ? n === 0 : -n;
}

function binaryOf(op: string, pop: () => Val): Val {
  const y = pop();
  const x = pop();
  if (isList(x) || isList(y)) {
    if (!isList(x) || !isList(y) || (op !== '==' && op !== '!=')) throw new Unsupported('list operation');
    const equal = x.value.Equals(y.value);
    return op === '==' ? equal : !equal;
  }
  if (typeof x === 'string' || typeof y === 'string') {
    if (typeof x !== 'string' || typeof y !== 'string') throw new Unsupported('mixed string operation');
    if (op === '==') return x === y;
    if (op === '!=') return x !== y;
    if (op === '+') return x + y;
    throw new Unsupported(`string ${op}`);
  }
  if (x === null || y === null) throw new Unsupported('void operand');
  return intOp(op, Number(x), Number(y));
}

function intOp(op: string, x: number, y: number): Val {
  if (isComparison(op)) return compareInts(x, op, y);
  switch (op) {
    case '+':
      return x + y;
    case '-':
      return x - y;
    case '*':
      return x * y;
    case '&&':
      return x !== 0 && y !== 0;
    case '||':
      return x !== 0 || y !== 0;
    case 'MIN':
      return Math.min(x, y);
    case 'MAX':
      return Math.max(x, y);
    default:
      throw new Unsupported(op);
  }
}

/**
 * One function's container tree as a list of steps. Content (nested containers included)
 * runs in order, so it is laid out in order; named sub-containers (the branches of a
 * condition) are only reached by a divert, so they go after the body, each closed by a
 * step that gives up if the flow ever ran off its end. Diverts become jumps to step numbers.
 */
function flatten(fn: string, body: unknown, isShared: (name: string) => boolean): Program {
  if (!Array.isArray(body)) throw new Unsupported(`${fn} is not a container`);
  const steps: RawStep[] = [];
  const at = new Map<string, number>();
  const jumps: { step: { to: number }; target: string }[] = [];
  const later: { container: unknown[]; path: string[] }[] = [];

  const emit = (container: unknown[], path: string[]) => {
    at.set(path.join('.'), steps.length);
    const content = container.slice(0, -1);
    const tail = container[container.length - 1];
    content.forEach((item, index) => {
      if (Array.isArray(item)) {
        const name = containerName(item);
        at.set([...path, String(index)].join('.'), steps.length);
        emit(item, [...path, name ?? String(index)]);
      } else {
        at.set([...path, String(index)].join('.'), steps.length);
        steps.push(stepFor(item, path, jumps));
      }
    });
    if (tail && typeof tail === 'object') {
      for (const [key, sub] of Object.entries(tail as Record<string, unknown>)) {
        if (key === '#f' || key === '#n') continue;
        if (!Array.isArray(sub)) throw new Unsupported(`${key} is not a container`);
        later.push({ container: sub, path: [...path, key] });
      }
    }
  };

  emit(body, [fn]);
  steps.push({ k: 'end' });
  for (let next = later.shift(); next; next = later.shift()) {
    emit(next.container, next.path);
    steps.push({ k: 'bail' });
  }
  for (const { step, target } of jumps) {
    const to = at.get(target);
    if (to === undefined) throw new Unsupported(`divert to ${target}`);
    step.to = to;
  }
  // Temporaries (parameters first) become numbered slots. ink looks a name up as a global,
  // then a list item, then a temporary: a name that is also one of those stays a lookup.
  const slots = new Map<string, number>();
  for (const step of steps) if (step.k === 'temp-name' && !slots.has(step.name)) slots.set(step.name, slots.size);
  const resolved = steps.map((step): Step => {
    if (step.k === 'temp-name') return { k: 'temp', i: slots.get(step.name) as number };
    if (step.k === 'get' && slots.has(step.name) && !isShared(step.name)) return { k: 'slot', i: slots.get(step.name) as number };
    return step;
  });
  return { steps: resolved, temps: slots.size };
}

/** A step before its temporaries are numbered. */
type RawStep = Step | { k: 'temp-name'; name: string };

function containerName(container: unknown[]): string | null {
  const tail = container[container.length - 1] as Record<string, unknown> | null;
  return tail && typeof tail === 'object' && typeof tail['#n'] === 'string' ? tail['#n'] : null;
}

const CONTROL: Record<string, Step> = {
  ev: { k: 'mode', to: 'ev' },
  '/ev': { k: 'mode', to: '/ev' },
  str: { k: 'mode', to: 'str' },
  '/str': { k: 'mode', to: '/str' },
  pop: { k: 'pop' },
  du: { k: 'du' },
  nop: { k: 'nop' },
  '~ret': { k: 'ret' },
  void: { k: 'push', v: null },
  '\n': { k: 'newline' },
};

function stepFor(item: unknown, path: string[], jumps: { step: { to: number }; target: string }[]): RawStep {
  if (typeof item === 'number') {
    if (!Number.isInteger(item)) throw new Unsupported('a float');
    return { k: 'push', v: item };
  }
  if (typeof item === 'boolean') return { k: 'push', v: item };
  if (typeof item === 'string') {
    const control = CONTROL[item];
    if (control) return { ...control };
    if (OPERATORS.has(item)) return { k: 'op', op: item, unary: UNARY.has(item) };
    if (item.startsWith('^')) return { k: 'text', s: item.slice(1) };
    throw new Unsupported(`control ${item}`);
  }
  if (!item || typeof item !== 'object') throw new Unsupported('an unknown item');
  const o = item as Record<string, unknown>;
  const keys = Object.keys(o);
  if (typeof o['VAR?'] === 'string' && keys.length === 1) return { k: 'get', name: o['VAR?'] };
  if (typeof o['temp='] === 'string') return { k: 'temp-name', name: o['temp='] };
  if (typeof o['VAR='] === 'string' && o.re === true) return { k: 'global', name: o['VAR='] };
  if (typeof o['f()'] === 'string' && keys.length === 1) return { k: 'call', fn: o['f()'] };
  if (typeof o['->'] === 'string' && keys.every((key) => key === '->' || key === 'c')) {
    const step = { k: 'jump' as const, to: -1, cond: o.c === true };
    jumps.push({ step, target: resolve(o['->'], path) });
    return step;
  }
  throw new Unsupported(`item ${keys.join(',')}`);
}

/**
 * An ink path as seen from an item in the container at `from`: a relative one (".^.b")
 * starts at that container, each ^ goes up one; an absolute one starts at the root.
 */
function resolve(target: string, from: string[]): string {
  if (!target.startsWith('.')) return target;
  const parts = target.slice(1).split('.');
  // ink drops the first ^: from a non-container item it means "my container".
  if (parts[0] !== '^') throw new Unsupported(`relative path ${target}`);
  const path = [...from];
  for (const part of parts.slice(1)) {
    if (part === '^') path.pop();
    else path.push(part);
  }
  return path.join('.');
}
