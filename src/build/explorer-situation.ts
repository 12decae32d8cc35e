// What the story explorer (story-explorer.ts) knows of a choice point without the engine:
// a situation (variables, named visit counts, position, choices), taken from the live
// engine, keyed for merging, and put back into the engine to run on from it.
import type { Story } from 'inkjs';
import { choicePointId } from '../core/choice-point-id.ts';
import type { EndingType } from '../core/protocol.ts';
import { type InkValue, isNamedPath, text } from './segment-trace.ts';

export interface ChoiceInfo {
  sourcePath: string;
  target: string;
  text: string;
  tags: string[] | null;
}

/** A choice point in the abstract: enough to key it, replay into it, or rebuild it. */
export interface Situation {
  vars: Map<string, InkValue>;
  visits: Map<string, number>;
  position: string;
  choices: ChoiceInfo[];
  pointId: string;
  /** ink state JSON of a situation at the same position (variables and visits are set on top). */
  template: string;
}

/** What a stretch of story between two choice points produced. */
export interface Segment {
  words: number;
  ending: EndingType | null;
  inner: number;
  label: string;
  /** The next choice point (without its variables), or null at an end. */
  next: Omit<Situation, 'vars' | 'visits'> | null;
}

/**
 * Situations merge when what decides their future is the same: variables, named visit
 * counts and position. A situation's variables are keyed twice (as the next one, then when
 * explored), so their text is remembered per map.
 */
export class SituationKeys {
  private readonly varsKeys = new WeakMap<Map<string, InkValue>, string>();

  keyOf(s: Pick<Situation, 'vars' | 'visits' | 'position'>): string {
    let vars = this.varsKeys.get(s.vars);
    if (vars === undefined) {
      vars = [...s.vars].map(([n, v]) => `${n}=${text(v)}`).join(';');
      this.varsKeys.set(s.vars, vars);
    }
    const visits = [...s.visits]
      .map(([p, c]) => `${p}=${c}`)
      .sort()
      .join(';');
    return `${vars}|${visits}|${s.position}`;
  }
}

/** A variables map as the model's readers (readMeters, readLastKind) take it. */
export function reader(vars: Map<string, InkValue>) {
  return { get: (name: string) => vars.get(name)?.valueObject };
}

interface StateInternals {
  variablesState: { _globalVariables: Map<string, InkValue>; SetGlobal(n: string, v: InkValue): void };
  _visitCounts: Map<string, number>;
  callStack: { elements: { type: number; currentPointer?: { path?: { toString(): string } | null } }[]; _threads: unknown[] };
}

/**
 * The live engine's choice point as a Situation (inkjs keeps these internals unmangled).
 * Serialising the state for a template is the costly part: only when it is needed.
 */
export function capture(story: Story, withTemplate: boolean): Situation {
  const state = story.state as unknown as StateInternals;
  const visits = new Map<string, number>();
  for (const [path, count] of state._visitCounts) if (isNamedPath(path)) visits.set(path, count);
  const stack = state.callStack.elements.map((e) => `${e.type}@${e.currentPointer?.path?.toString() ?? ''}`);
  const choices = story.currentChoices.map((c) => ({
    sourcePath: c.sourcePath,
    target: c.targetPath?.toString() ?? c.sourcePath,
    text: c.text.trim(),
    tags: c.tags,
  }));
  return {
    vars: new Map(state.variablesState._globalVariables),
    visits,
    position: `${stack.join(';')}|${state.callStack._threads.length}|${choices.map((c) => `${c.target}@${c.sourcePath}`).join(';')}`,
    choices,
    pointId: choicePointId(choices.map((c) => c.sourcePath)),
    template: withTemplate ? story.state.toJson() : '',
  };
}

/** Put the engine into a situation: its template state, with its variables and visits. */
export function materialize(story: Story, s: Situation): void {
  story.state.LoadJson(s.template);
  const internals = story.state as unknown as StateInternals;
  for (const [name, value] of s.vars) internals.variablesState.SetGlobal(name, value);
  for (const path of [...internals._visitCounts.keys()]) if (isNamedPath(path) && !s.visits.has(path)) internals._visitCounts.delete(path);
  for (const [path, count] of s.visits) internals._visitCounts.set(path, count);
}
