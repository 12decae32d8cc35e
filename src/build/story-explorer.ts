// The exhaustive story explorer: plays every path of a compiled scenario and checks the
// rules of the story protocol on the way. Story tests, `npm run stories` and the path
// map all use it. It runs on ink's engine only (no compiler), under Node.
//
// Exploring by whole ink state is exponential. Choice points are merged into situations
// by what decides the future (variables, named visit counts, call stack, the choices on
// offer), not by output text or anonymous visit counts, so each is explored once. And a
// stretch of story already played from one situation is replayed for the next one from a
// trace of what it read and changed (segment-trace.ts) instead of running ink again.
import { Story } from 'inkjs';
import { choicePointId } from '../core/choice-point-id.ts';
import { blockReason, METER_NAMES, type Meters, readLastKind, readMeters } from '../core/meters.ts';
import type { ChoiceKind, EndingType } from '../core/protocol.ts';
import type { StoryMap } from '../core/story-map.ts';
import { parseBeat, parseChoiceKind } from '../core/tags.ts';
import { InkFunctionRunner } from './ink-function-runner.ts';
import { modelFunctions } from './ink-functions.ts';
import { type InkValue, isNamedPath, record, text } from './segment-trace.ts';
import { CARING, foldLessons, type Lessons, type LessonsReport, type Step, summarizeLessons } from './story-lessons.ts';
import { TraceReplayer, TraceTree } from './trace-replay.ts';

export interface ExploreOptions {
  /** Variables to set before the start (loved_name and pronoun have defaults). */
  variables?: Record<string, string | number>;
  /** More starts explored with the same memory (e.g. a carried-over variable's values). */
  variants?: Record<string, string | number>[];
  /** Turns an ink path into "file:line" for messages, when debug info is at hand. */
  locate?: (path: string) => string | null;
  /** Stop after this many distinct situations (a runaway story). */
  maxStates?: number;
  /** Replay recorded segments instead of running ink again (default true). */
  traces?: boolean;
  /** Run the model's functions without the engine where possible (default true). */
  runner?: boolean;
}

export interface StoryProblem {
  message: string;
  where: string | null;
}

export interface PathStats {
  paths: number;
  minPoints: number;
  maxPoints: number;
  minWords: number;
  maxWords: number;
  endings: Partial<Record<EndingType, number>>;
}

export interface ExploreResult {
  stats: PathStats;
  /** Stats of each variant start, in the order given. */
  variantStats: PathStats[];
  /** Distinct situations explored (merged choice points). */
  states: number;
  /** Stretches of story run by ink, and replayed from traces. */
  segments: { run: number; replayed: number };
  /** Model function runs while replaying: by the runner (ink-function-runner.ts), or by inkjs. */
  functionRuns: { runner: number; engine: number };
  choicePoints: number;
  meterRange: Record<(typeof METER_NAMES)[number], [number, number]>;
  kinds: Partial<Record<ChoiceKind, number>>;
  optionCounts: Record<number, number>;
  problems: StoryProblem[];
  map: StoryMap;
  /** Language-independent fingerprint of the situation graph, to compare nl with en. */
  structure: string[];
  /** What the scenario teaches over every path from its main start (story-lessons.ts). */
  lessons: LessonsReport | null;
}

interface ChoiceInfo {
  sourcePath: string;
  target: string;
  text: string;
  tags: string[] | null;
}

/** A choice point in the abstract: enough to key it, replay into it, or rebuild it. */
interface Situation {
  vars: Map<string, InkValue>;
  visits: Map<string, number>;
  position: string;
  choices: ChoiceInfo[];
  pointId: string;
  /** ink state JSON of a situation at the same position (variables and visits are set on top). */
  template: string;
}

/** What a stretch of story between two choice points produced. */
interface Segment {
  words: number;
  ending: EndingType | null;
  inner: number;
  label: string;
  /** The next choice point (without its variables), or null at an end. */
  next: Omit<Situation, 'vars' | 'visits'> | null;
}

const MAX_STATES_DEFAULT = 200_000;
/** The model's meter functions: their reads are not a segment's dependencies (segment-trace.ts). */
export const MODEL_EFFECTS = ['respond', 'shift', 'kept_word', 'gain_trust', 'rest'];

export function exploreStory(json: string, options: ExploreOptions = {}): ExploreResult {
  const story = new Story(json);
  const useTraces = options.traces !== false;
  const model = modelFunctions(json, MODEL_EFFECTS);
  const scratch = new Story(json);
  const replayer = new TraceReplayer(scratch, options.runner === false ? null : new InkFunctionRunner(json, scratch));
  const problems: StoryProblem[] = [];
  const seenProblems = new Set<string>();
  const problem = (message: string, path: string | null) => {
    const where = path ? (options.locate?.(path) ?? path) : null;
    const id = `${where}|${message}`;
    if (seenProblems.has(id)) return;
    seenProblems.add(id);
    problems.push({ message, where });
  };
  let inkError: string | null = null;
  story.onError = (message) => {
    inkError = message;
  };

  const globalTags = story.globalTags?.length ?? 0;
  const meterRange = Object.fromEntries(METER_NAMES.map((m) => [m, [Infinity, -Infinity]])) as ExploreResult['meterRange'];
  const memo = new Map<string, PathStats>();
  const lessonsMemo = new Map<string, Lessons>();
  const moments = { careRaisesAlarm: new Set<string>(), payoffs: new Set<string>() };
  const inProgress = new Set<string>();
  const traces = new Map<string, TraceTree<Segment>>();
  const segments = { run: 0, replayed: 0 };
  const structure: string[] = [];
  // Situations numbered in discovery order: equal structures number them alike, whatever
  // the text (and so the ink's internal indices) of each language.
  const number = new Map<string, number>();
  const numberOf = (key: string) => {
    let n = number.get(key);
    if (n === undefined) {
      n = number.size;
      number.set(key, n);
    }
    return n;
  };
  const map: StoryMap = { start: '', points: {}, edges: [] };
  const edgeSeen = new Set<string>();
  const maxStates = options.maxStates ?? MAX_STATES_DEFAULT;
  let firstLine = true;

  const noteMeters = (m: Meters, path: string | null) => {
    for (const name of METER_NAMES) {
      const value = m[name];
      const range = meterRange[name];
      range[0] = Math.min(range[0], value);
      range[1] = Math.max(range[1], value);
      const max = name === 'cycle' ? Infinity : 10;
      if (value < 0 || value > max) problem(`${name} is ${value}, outside 0..${max === Infinity ? '' : max}`, path);
    }
  };

  /** Continue to the next choice point or end; check the protocol on every line. */
  const runSegment = (fromPath: string | null): Segment => {
    const seg: Segment = { words: 0, ending: null, inner: 0, label: '', next: null };
    inkError = null;
    while (story.canContinue) {
      // Where this line starts in the ink, for messages about it.
      const lineStart = story.state.currentPointer.path?.toString() ?? fromPath;
      let text: string;
      try {
        text = story.Continue() ?? '';
      } catch (err) {
        problem(`ink error: ${err instanceof Error ? err.message : String(err)}`, fromPath);
        return seg;
      }
      let tags = story.currentTags ?? [];
      if (firstLine) tags = tags.slice(globalTags);
      firstLine = false;
      const beat = parseBeat(text, tags);
      for (const p of beat.problems) problem(p, lineStart);
      if (seg.ending && beat.text !== '') problem(`text after the #ending line: "${beat.text.slice(0, 40)}"`, fromPath);
      if (beat.ending) seg.ending = beat.ending;
      if (beat.role === 'inner') seg.inner++;
      if (beat.text !== '') {
        seg.words += countWords(beat.text);
        if (!seg.label && beat.role !== 'coach' && beat.role !== 'inner') seg.label = beat.text;
      }
      if (beat.discuss) seg.label = beat.discuss;
    }
    if (inkError) problem(`ink: ${inkError}`, fromPath);
    if (story.currentChoices.length === 0) {
      if (!seg.ending) problem('dead end: the story stops without an #ending line', fromPath);
      return seg;
    }
    const { vars: _v, visits: _w, ...next } = capture(story, true);
    seg.next = next;
    return seg;
  };

  // A situation's variables are keyed twice (as the next one, then when explored): remember
  // the text per map.
  const varsKeys = new WeakMap<Map<string, InkValue>, string>();
  const keyOf = (s: { vars: Map<string, InkValue>; visits: Map<string, number>; position: string }) => {
    let vars = varsKeys.get(s.vars);
    if (vars === undefined) {
      vars = [...s.vars].map(([n, v]) => `${n}=${text(v)}`).join(';');
      varsKeys.set(s.vars, vars);
    }
    const visits = [...s.visits]
      .map(([p, c]) => `${p}=${c}`)
      .sort()
      .join(';');
    return `${vars}|${visits}|${s.position}`;
  };

  // Situations at one position share their choices, and values are immutable: read each once.
  const choiceKinds = new WeakMap<ChoiceInfo, ChoiceKind>();
  const kindOf = (choice: ChoiceInfo): ChoiceKind => {
    let kind = choiceKinds.get(choice);
    if (kind === undefined) {
      const parsed = parseChoiceKind(choice.tags);
      for (const p of parsed.problems) problem(p, choice.sourcePath);
      if (!choice.text) problem('a choice without text', choice.sourcePath);
      kind = parsed.kind;
      choiceKinds.set(choice, kind);
    }
    return kind;
  };
  const lastKinds = new WeakMap<InkValue, ChoiceKind | null>();
  const lastKindOf = (vars: Map<string, InkValue>): ChoiceKind | null => {
    const value = vars.get('last_kind');
    if (!value) return null;
    let kind = lastKinds.get(value);
    if (kind === undefined) {
      kind = readLastKind(reader(vars));
      lastKinds.set(value, kind);
    }
    return kind;
  };

  /** Put the engine into a situation: its template state, with its variables and visits. */
  const materialize = (s: Situation) => {
    story.state.LoadJson(s.template);
    const internals = story.state as unknown as {
      variablesState: { SetGlobal(n: string, v: InkValue): void };
      _visitCounts: Map<string, number>;
    };
    for (const [name, value] of s.vars) internals.variablesState.SetGlobal(name, value);
    for (const path of [...internals._visitCounts.keys()])
      if (isNamedPath(path) && !s.visits.has(path)) internals._visitCounts.delete(path);
    for (const [path, count] of s.visits) internals._visitCounts.set(path, count);
  };

  /** Play option `index` from situation `s`: replay a matching trace, or run ink and record one. */
  const play = (s: Situation, index: number, choice: ChoiceInfo) => {
    const slot = `${s.position}|${index}`;
    const tree = traces.get(slot);
    const replayed = useTraces ? tree?.replay(replayer, s.vars, s.visits) : null;
    if (replayed) {
      segments.replayed++;
      return { segment: replayed.result, vars: replayed.vars, visits: replayed.visits };
    }
    materialize(s);
    let segment: Segment | null = null;
    const ops = record(story, model, replayer, () => {
      story.ChooseChoiceIndex(index);
      segment = runSegment(choice.sourcePath);
    });
    segments.run++;
    const done = segment as unknown as Segment;
    if (tree) tree.insert(ops, done);
    else {
      const created = new TraceTree<Segment>();
      created.insert(ops, done);
      traces.set(slot, created);
    }
    const { vars, visits } = capture(story, false);
    return { segment: done, vars, visits };
  };

  const explore = (s: Situation): PathStats => {
    const key = keyOf(s);
    const known = memo.get(key);
    if (known) return known;
    if (memo.size > maxStates) throw new Error(`more than ${maxStates} situations: is there a loop?`);
    inProgress.add(key);
    const meters = readMeters(reader(s.vars));
    const total: PathStats = { paths: 0, minPoints: Infinity, maxPoints: 0, minWords: Infinity, maxWords: 0, endings: {} };
    if (s.choices.length > 4) problem(`${s.choices.length} options at one choice point (4 at most)`, s.choices[0]?.sourcePath ?? null);
    let open = 0;
    const steps: Step[] = [];
    s.choices.forEach((choice, index) => {
      const kind = kindOf(choice);
      if (blockReason(kind, meters)) return;
      open++;
      const { segment: seg, vars, visits } = play(s, index, choice);
      const after = readMeters(reader(vars));
      noteMeters(after, choice.sourcePath);
      if (CARING.includes(kind) && after.alarm > meters.alarm) moments.careRaisesAlarm.add(s.pointId);
      const landed = reader(vars).get('landed');
      if (landed === true || landed === 1) moments.payoffs.add(s.pointId);
      const step: Step = { option: { kind, text: choice.text }, before: meters, after, rest: null, ending: seg.ending };
      steps.push(step);
      if (seg.inner === 0) problem('no #inner line after this choice', choice.sourcePath);
      const lastKind = lastKindOf(vars);
      if (lastKind !== kind) {
        problem(`choice tagged #kind:${kind} left last_kind = ${lastKind ?? 'nothing'} (call ~ respond(${kind}))`, choice.sourcePath);
      }
      // One option can lead on to different points depending on what came before.
      const edgeId = `${s.pointId}|${choice.target}|${seg.next?.pointId ?? seg.ending}`;
      if (!edgeSeen.has(edgeId)) {
        edgeSeen.add(edgeId);
        map.edges.push({
          from: s.pointId,
          optionId: choice.target,
          optionIndex: index,
          kind,
          text: choice.text,
          to: seg.next?.pointId ?? null,
          ending: seg.ending,
        });
      }
      let sub: PathStats;
      if (seg.next) {
        const next: Situation = { ...seg.next, vars, visits };
        const nextKey = keyOf(next);
        if (!map.points[next.pointId]) map.points[next.pointId] = { label: seg.label, options: 0 };
        structure.push(`${numberOf(key)}|${index}|${kind}|${numberOf(nextKey)}`);
        if (inProgress.has(nextKey)) {
          problem('a loop: this choice leads back to a situation already on the path', choice.sourcePath);
          return;
        }
        sub = explore(next);
        step.rest = lessonsMemo.get(nextKey) ?? null;
      } else {
        structure.push(`${numberOf(key)}|${index}|${kind}|end:${seg.ending}`);
        sub = { paths: 1, minPoints: 0, maxPoints: 0, minWords: 0, maxWords: 0, endings: seg.ending ? { [seg.ending]: 1 } : {} };
      }
      total.paths += sub.paths;
      total.minPoints = Math.min(total.minPoints, sub.minPoints + 1);
      total.maxPoints = Math.max(total.maxPoints, sub.maxPoints + 1);
      total.minWords = Math.min(total.minWords, sub.minWords + seg.words);
      total.maxWords = Math.max(total.maxWords, sub.maxWords + seg.words);
      for (const [e, n] of Object.entries(sub.endings) as [EndingType, number][]) {
        total.endings[e] = (total.endings[e] ?? 0) + n;
      }
    });
    if (open === 0) problem('every option here is crossed out (low reserve): a dead end', s.choices[0]?.sourcePath ?? null);
    const point = map.points[s.pointId];
    if (point) point.options = Math.max(point.options, s.choices.length);
    inProgress.delete(key);
    memo.set(key, total);
    lessonsMemo.set(key, foldLessons(steps));
    return total;
  };

  let startLessons: Lessons | null = null;
  /** Explore from the start with these variables set. */
  const exploreFrom = (variables: Record<string, string | number>): PathStats => {
    story.ResetState();
    story.state.storySeed = 1;
    const v = story.variablesState;
    v.$('loved_name', 'Sam');
    v.$('pronoun', 'they');
    for (const [name, value] of Object.entries(variables)) v.$(name, value);
    firstLine = true;
    const first = runSegment(null);
    noteMeters(readMeters({ get: (name) => story.variablesState.$(name) }), null);
    if (!first.next) {
      problem('the story has no choice at all', null);
      return { paths: 1, minPoints: 0, maxPoints: 0, minWords: first.words, maxWords: first.words, endings: {} };
    }
    const start = capture(story, true);
    if (!map.start) map.start = start.pointId;
    map.points[start.pointId] ??= { label: first.label, options: start.choices.length };
    const stats = explore(start);
    startLessons ??= lessonsMemo.get(keyOf(start)) ?? null;
    return { ...stats, minWords: stats.minWords + first.words, maxWords: stats.maxWords + first.words };
  };

  const stats = exploreFrom(options.variables ?? {});
  const variantStats = (options.variants ?? []).map((variant) => exploreFrom({ ...options.variables, ...variant }));

  // Kinds and option counts per distinct choice point and option, not per situation.
  const kinds: ExploreResult['kinds'] = {};
  const optionCounts: Record<number, number> = {};
  // Kinds count options (an option that leads on in two ways is still one option).
  const counted = new Set<string>();
  for (const edge of map.edges) {
    const option = `${edge.from}|${edge.optionId}`;
    if (counted.has(option)) continue;
    counted.add(option);
    kinds[edge.kind] = (kinds[edge.kind] ?? 0) + 1;
  }
  for (const point of Object.values(map.points)) optionCounts[point.options] = (optionCounts[point.options] ?? 0) + 1;
  return {
    stats,
    variantStats,
    states: memo.size,
    segments,
    functionRuns: { ...replayer.calls },
    choicePoints: Object.keys(map.points).length,
    meterRange,
    kinds,
    optionCounts,
    problems,
    map,
    structure,
    lessons: startLessons ? summarizeLessons(startLessons, moments, map) : null,
  };
}

function reader(vars: Map<string, InkValue>) {
  return { get: (name: string) => vars.get(name)?.valueObject };
}

function countWords(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

interface StateInternals {
  variablesState: { _globalVariables: Map<string, InkValue> };
  _visitCounts: Map<string, number>;
  callStack: { elements: { type: number; currentPointer?: { path?: { toString(): string } | null } }[]; _threads: unknown[] };
}

/**
 * The live engine's choice point as a Situation (inkjs keeps these internals unmangled).
 * Serialising the state for a template is the costly part: only when it is needed.
 */
function capture(story: Story, withTemplate: boolean): Situation {
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
