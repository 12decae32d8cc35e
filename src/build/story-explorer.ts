// The exhaustive story explorer: plays every path of a compiled scenario and checks the
// rules of the story protocol on the way. Story tests, `npm run stories` and the path
// map all use it. It runs on ink's engine only (no compiler), under Node.
//
// Exploring by whole ink state is exponential. Choice points are merged by what decides
// the future (variables, named visit counts, call stack, the choices on offer), not by
// output text or anonymous visit counts, so each distinct situation is explored once.
import { Story } from 'inkjs';
import { choicePointId } from '../core/choice-point-id.ts';
import { blockReason, METER_NAMES, type Meters, readLastKind, readMeters } from '../core/meters.ts';
import type { ChoiceKind, EndingType } from '../core/protocol.ts';
import { parseBeat, parseChoiceKind } from '../core/tags.ts';

export interface ExploreOptions {
  /** Variables to set before the start (loved_name and pronoun have defaults). */
  variables?: Record<string, string | number>;
  /** Turns an ink path into "file:line" for messages, when debug info is at hand. */
  locate?: (path: string) => string | null;
  /** Stop after this many distinct situations (a runaway story). */
  maxStates?: number;
}

export interface StoryProblem {
  message: string;
  where: string | null;
}

/** One edge of the position-level map: from a choice point, by an option, to a point or an ending. */
export interface MapEdge {
  from: string;
  optionId: string;
  optionIndex: number;
  kind: ChoiceKind;
  text: string;
  to: string | null;
  ending: EndingType | null;
}

export interface StoryMap {
  start: string;
  /** Choice point id -> its prompt-like first words and option count. */
  points: Record<string, { label: string; options: number }>;
  edges: MapEdge[];
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
  /** Distinct situations explored (merged choice points). */
  states: number;
  choicePoints: number;
  meterRange: Record<(typeof METER_NAMES)[number], [number, number]>;
  kinds: Partial<Record<ChoiceKind, number>>;
  optionCounts: Record<number, number>;
  problems: StoryProblem[];
  map: StoryMap;
  /** Language-independent fingerprint of the state graph, to compare nl with en. */
  structure: string[];
}

interface Segment {
  words: number;
  ending: EndingType | null;
  inner: number;
  key: string | null;
  pointId: string | null;
  label: string;
}

const MAX_STATES_DEFAULT = 200_000;

export function exploreStory(json: string, options: ExploreOptions = {}): ExploreResult {
  const story = new Story(json);
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
  story.state.storySeed = 1;
  const vars = story.variablesState;
  vars.$('loved_name', 'Sam');
  vars.$('pronoun', 'they');
  for (const [name, value] of Object.entries(options.variables ?? {})) vars.$(name, value);

  const globalTags = story.globalTags?.length ?? 0;
  const meterRange = Object.fromEntries(METER_NAMES.map((m) => [m, [Infinity, -Infinity]])) as ExploreResult['meterRange'];
  const kinds: ExploreResult['kinds'] = {};
  const optionCounts: Record<number, number> = {};
  const memo = new Map<string, PathStats>();
  const inProgress = new Set<string>();
  const stateJson = new Map<string, string>();
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
    const seg: Segment = { words: 0, ending: null, inner: 0, key: null, pointId: null, label: '' };
    inkError = null;
    while (story.canContinue) {
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
      for (const p of beat.problems) problem(p, story.state.previousPointer.path?.toString() ?? fromPath);
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
    const choices = story.currentChoices;
    if (choices.length === 0) {
      if (!seg.ending) problem('dead end: the story stops without an #ending line', fromPath);
      return seg;
    }
    seg.pointId = choicePointId(choices.map((c) => c.sourcePath));
    seg.key = situationKey(story);
    return seg;
  };

  const explore = (key: string, depth: number): PathStats => {
    const known = memo.get(key);
    if (known) return known;
    if (memo.size > maxStates) throw new Error(`more than ${maxStates} situations: is there a loop?`);
    inProgress.add(key);
    const saved = stateJson.get(key) ?? story.state.toJson();
    story.state.LoadJson(saved);
    const meters = readMeters(reader(story));
    const choices = story.currentChoices.map((c) => ({
      sourcePath: c.sourcePath,
      target: c.targetPath?.toString() ?? c.sourcePath,
      text: c.text.trim(),
      tags: c.tags,
    }));
    const pointId = choicePointId(choices.map((c) => c.sourcePath));
    if (choices.length > 4) problem(`${choices.length} options at one choice point (4 at most)`, choices[0]?.sourcePath ?? null);
    const total: PathStats = { paths: 0, minPoints: Infinity, maxPoints: 0, minWords: Infinity, maxWords: 0, endings: {} };
    let open = 0;
    choices.forEach((choice, index) => {
      const { kind, problems: tagProblems } = parseChoiceKind(choice.tags);
      for (const p of tagProblems) problem(p, choice.sourcePath);
      if (!choice.text) problem('a choice without text', choice.sourcePath);
      if (blockReason(kind, meters)) return;
      open++;
      story.state.LoadJson(saved);
      story.ChooseChoiceIndex(index);
      const seg = runSegment(choice.sourcePath);
      const after = readMeters(reader(story));
      noteMeters(after, choice.sourcePath);
      if (seg.inner === 0) problem('no #inner line after this choice', choice.sourcePath);
      const lastKind = readLastKind(reader(story));
      if (lastKind !== kind) {
        problem(`choice tagged #kind:${kind} left last_kind = ${lastKind ?? 'nothing'} (call ~ respond(${kind}))`, choice.sourcePath);
      }
      const edgeId = `${pointId}|${choice.target}`;
      if (!edgeSeen.has(edgeId)) {
        edgeSeen.add(edgeId);
        map.edges.push({
          from: pointId,
          optionId: choice.target,
          optionIndex: index,
          kind,
          text: choice.text,
          to: seg.pointId,
          ending: seg.ending,
        });
      }
      if (seg.pointId && !map.points[seg.pointId]) map.points[seg.pointId] = { label: seg.label, options: 0 };
      structure.push(`${numberOf(key)}|${index}|${kind}|${seg.key ? numberOf(seg.key) : `end:${seg.ending}`}`);
      let sub: PathStats;
      if (seg.key) {
        if (inProgress.has(seg.key)) {
          problem('a loop: this choice leads back to a situation already on the path', choice.sourcePath);
          return;
        }
        if (!stateJson.has(seg.key)) stateJson.set(seg.key, story.state.toJson());
        sub = explore(seg.key, depth + 1);
      } else {
        const ending = seg.ending;
        sub = { paths: 1, minPoints: 0, maxPoints: 0, minWords: 0, maxWords: 0, endings: ending ? { [ending]: 1 } : {} };
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
    if (open === 0) problem('every option here is crossed out (low reserve): a dead end', choices[0]?.sourcePath ?? null);
    const point = map.points[pointId];
    if (point) point.options = Math.max(point.options, choices.length);
    inProgress.delete(key);
    memo.set(key, total);
    return total;
  };

  const first = runSegment(null);
  noteMeters(readMeters(reader(story)), null);
  let stats: PathStats;
  if (first.key && first.pointId) {
    map.start = first.pointId;
    map.points[first.pointId] = { label: first.label, options: story.currentChoices.length };
    stats = explore(first.key, 0);
    stats = { ...stats, minWords: stats.minWords + first.words, maxWords: stats.maxWords + first.words };
  } else {
    problem('the story has no choice at all', null);
    stats = { paths: 1, minPoints: 0, maxPoints: 0, minWords: first.words, maxWords: first.words, endings: {} };
  }
  // Kinds and option counts per distinct choice point and option, not per situation.
  for (const edge of map.edges) kinds[edge.kind] = (kinds[edge.kind] ?? 0) + 1;
  for (const point of Object.values(map.points)) optionCounts[point.options] = (optionCounts[point.options] ?? 0) + 1;
  return {
    stats,
    states: memo.size,
    choicePoints: Object.keys(map.points).length,
    meterRange,
    kinds,
    optionCounts,
    problems,
    map,
    structure,
  };
}

function reader(story: Story) {
  return { get: (name: string) => story.variablesState.$(name) };
}

function countWords(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

// Anonymous containers: numeric indices, choices (c-N), gathers (g-N), sequences ($rN, sN).
const ANONYMOUS = /(^|\.)(\d+|c-\d+|g-\d+|s\d*|\$r\d*)(\.|$)/;

/**
 * What decides the future at a choice point, and nothing else (no text, no turn counts).
 * Read from the live state: serialising it to JSON for every choice would cost more
 * than playing the choice.
 */
function situationKey(story: Story): string {
  // inkjs keeps these internals unmangled; the unit tests guard the shape.
  const state = story.state as unknown as InkStateInternals;
  const vars: string[] = [];
  for (const [name, value] of state.variablesState._globalVariables) vars.push(`${name}=${String(value)}`);
  const visits: string[] = [];
  for (const [path, count] of state._visitCounts) if (!ANONYMOUS.test(path)) visits.push(`${path}=${count}`);
  visits.sort();
  const stack = state.callStack.elements.map((e) => `${e.type}@${e.currentPointer?.path?.toString() ?? ''}`);
  const choices = story.currentChoices.map((c) => `${c.targetPath?.toString()}@${c.sourcePath}`);
  return `${vars.join(';')}|${visits.join(';')}|${stack.join(';')}|${state.callStack._threads.length}|${choices.join(';')}`;
}

interface InkStateInternals {
  variablesState: { _globalVariables: Map<string, unknown> };
  _visitCounts: Map<string, number>;
  callStack: { elements: { type: number; currentPointer?: { path?: { toString(): string } | null } }[]; _threads: unknown[] };
}
