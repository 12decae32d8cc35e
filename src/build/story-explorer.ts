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
import { blockReason, METER_NAMES, type Meters, readLastKind, readMeters } from '../core/meters.ts';
import type { ChoiceKind, EndingType } from '../core/protocol.ts';
import type { StoryMap } from '../core/story-map.ts';
import { parseBeat, parseChoiceKind } from '../core/tags.ts';
import { type ChoiceInfo, capture, materialize, reader, type Segment, type Situation, SituationKeys } from './explorer-situation.ts';
import { InkFunctionRunner } from './ink-function-runner.ts';
import { modelFunctions } from './ink-functions.ts';
import { type InkValue, type ModelFunctions, record } from './segment-trace.ts';
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

const MAX_STATES_DEFAULT = 200_000;
/** The model's meter functions: their reads are not a segment's dependencies (segment-trace.ts). */
export const MODEL_EFFECTS = ['respond', 'shift', 'kept_word', 'gain_trust', 'rest'];

export function exploreStory(json: string, options: ExploreOptions = {}): ExploreResult {
  return new StoryExplorer(json, options).result();
}

const noPaths = (): PathStats => ({ paths: 0, minPoints: Infinity, maxPoints: 0, minWords: Infinity, maxWords: 0, endings: {} });

/** One exploration of one compiled story: every start, every situation, every open option. */
class StoryExplorer {
  private readonly story: Story;
  private readonly useTraces: boolean;
  private readonly model: ModelFunctions;
  private readonly replayer: TraceReplayer;
  private readonly keys = new SituationKeys();
  private readonly problems: StoryProblem[] = [];
  private readonly seenProblems = new Set<string>();
  private inkError: string | null = null;
  private readonly globalTags: number;
  private readonly meterRange = Object.fromEntries(METER_NAMES.map((m) => [m, [Infinity, -Infinity]])) as ExploreResult['meterRange'];
  private readonly memo = new Map<string, PathStats>();
  private readonly lessonsMemo = new Map<string, Lessons>();
  private readonly moments = { careRaisesAlarm: new Set<string>(), payoffs: new Set<string>() };
  private readonly inProgress = new Set<string>();
  private readonly traces = new Map<string, TraceTree<Segment>>();
  private readonly segments = { run: 0, replayed: 0 };
  private readonly structure: string[] = [];
  // Situations numbered in discovery order: equal structures number them alike, whatever
  // the text (and so the ink's internal indices) of each language.
  private readonly number = new Map<string, number>();
  private readonly map: StoryMap = { start: '', points: {}, edges: [] };
  private readonly edgeSeen = new Set<string>();
  private readonly maxStates: number;
  private firstLine = true;
  private startLessons: Lessons | null = null;
  // Situations at one position share their choices, and values are immutable: read each once.
  private readonly choiceKinds = new WeakMap<ChoiceInfo, ChoiceKind>();
  private readonly lastKinds = new WeakMap<InkValue, ChoiceKind | null>();

  constructor(
    json: string,
    private readonly options: ExploreOptions,
  ) {
    this.story = new Story(json);
    this.useTraces = options.traces !== false;
    this.model = modelFunctions(json, MODEL_EFFECTS);
    const scratch = new Story(json);
    this.replayer = new TraceReplayer(scratch, options.runner === false ? null : new InkFunctionRunner(json, scratch));
    this.story.onError = (message) => {
      this.inkError = message;
    };
    this.globalTags = this.story.globalTags?.length ?? 0;
    this.maxStates = options.maxStates ?? MAX_STATES_DEFAULT;
  }

  result(): ExploreResult {
    const { options, map } = this;
    const stats = this.exploreFrom(options.variables ?? {});
    const variantStats = (options.variants ?? []).map((variant) => this.exploreFrom({ ...options.variables, ...variant }));
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
      states: this.memo.size,
      segments: this.segments,
      functionRuns: { ...this.replayer.calls },
      choicePoints: Object.keys(map.points).length,
      meterRange: this.meterRange,
      kinds,
      optionCounts,
      problems: this.problems,
      map,
      structure: this.structure,
      lessons: this.startLessons ? summarizeLessons(this.startLessons, this.moments, map) : null,
    };
  }

  private problem(message: string, path: string | null): void {
    const where = path ? (this.options.locate?.(path) ?? path) : null;
    const id = `${where}|${message}`;
    if (this.seenProblems.has(id)) return;
    this.seenProblems.add(id);
    this.problems.push({ message, where });
  }

  private noteMeters(m: Meters, path: string | null): void {
    for (const name of METER_NAMES) {
      const value = m[name];
      const range = this.meterRange[name];
      range[0] = Math.min(range[0], value);
      range[1] = Math.max(range[1], value);
      const max = name === 'cycle' ? Infinity : 10;
      if (value < 0 || value > max) this.problem(`${name} is ${value}, outside 0..${max === Infinity ? '' : max}`, path);
    }
  }

  private numberOf(key: string): number {
    let n = this.number.get(key);
    if (n === undefined) {
      n = this.number.size;
      this.number.set(key, n);
    }
    return n;
  }

  private kindOf(choice: ChoiceInfo): ChoiceKind {
    let kind = this.choiceKinds.get(choice);
    if (kind === undefined) {
      const parsed = parseChoiceKind(choice.tags);
      for (const p of parsed.problems) this.problem(p, choice.sourcePath);
      if (!choice.text) this.problem('a choice without text', choice.sourcePath);
      kind = parsed.kind;
      this.choiceKinds.set(choice, kind);
    }
    return kind;
  }

  private lastKindOf(vars: Map<string, InkValue>): ChoiceKind | null {
    const value = vars.get('last_kind');
    if (!value) return null;
    let kind = this.lastKinds.get(value);
    if (kind === undefined) {
      kind = readLastKind(reader(vars));
      this.lastKinds.set(value, kind);
    }
    return kind;
  }

  /** Continue to the next choice point or end; check the protocol on every line. */
  private runSegment(fromPath: string | null): Segment {
    const { story } = this;
    const seg: Segment = { words: 0, ending: null, inner: 0, label: '', next: null };
    this.inkError = null;
    while (story.canContinue) {
      // Where this line starts in the ink, for messages about it.
      const lineStart = story.state.currentPointer.path?.toString() ?? fromPath;
      let text: string;
      try {
        text = story.Continue() ?? '';
      } catch (err) {
        this.problem(`ink error: ${err instanceof Error ? err.message : String(err)}`, fromPath);
        return seg;
      }
      let tags = story.currentTags ?? [];
      if (this.firstLine) tags = tags.slice(this.globalTags);
      this.firstLine = false;
      const beat = parseBeat(text, tags);
      for (const p of beat.problems) this.problem(p, lineStart);
      if (seg.ending && beat.text !== '') this.problem(`text after the #ending line: "${beat.text.slice(0, 40)}"`, fromPath);
      if (beat.ending) seg.ending = beat.ending;
      if (beat.role === 'inner') seg.inner++;
      if (beat.text !== '') {
        seg.words += countWords(beat.text);
        if (!seg.label && beat.role !== 'coach' && beat.role !== 'inner') seg.label = beat.text;
      }
      if (beat.discuss) seg.label = beat.discuss;
    }
    if (this.inkError) this.problem(`ink: ${this.inkError}`, fromPath);
    if (story.currentChoices.length === 0) {
      if (!seg.ending) this.problem('dead end: the story stops without an #ending line', fromPath);
      return seg;
    }
    const { vars: _v, visits: _w, ...next } = capture(story, true);
    seg.next = next;
    return seg;
  }

  /** Play option `index` from situation `s`: replay a matching trace, or run ink and record one. */
  private play(s: Situation, index: number, choice: ChoiceInfo) {
    const slot = `${s.position}|${index}`;
    const tree = this.traces.get(slot);
    const replayed = this.useTraces ? tree?.replay(this.replayer, s.vars, s.visits) : null;
    if (replayed) {
      this.segments.replayed++;
      return { segment: replayed.result, vars: replayed.vars, visits: replayed.visits };
    }
    materialize(this.story, s);
    let segment: Segment | null = null;
    const ops = record(this.story, this.model, this.replayer, () => {
      this.story.ChooseChoiceIndex(index);
      segment = this.runSegment(choice.sourcePath);
    });
    this.segments.run++;
    const done = segment as unknown as Segment;
    if (tree) tree.insert(ops, done);
    else {
      const created = new TraceTree<Segment>();
      created.insert(ops, done);
      this.traces.set(slot, created);
    }
    const { vars, visits } = capture(this.story, false);
    return { segment: done, vars, visits };
  }

  /** Every path on from a situation (explored once per key, then remembered). */
  private explore(s: Situation): PathStats {
    const key = this.keys.keyOf(s);
    const known = this.memo.get(key);
    if (known) return known;
    if (this.memo.size > this.maxStates) throw new Error(`more than ${this.maxStates} situations: is there a loop?`);
    this.inProgress.add(key);
    const meters = readMeters(reader(s.vars));
    const total = noPaths();
    if (s.choices.length > 4) this.problem(`${s.choices.length} options at one choice point (4 at most)`, s.choices[0]?.sourcePath ?? null);
    let open = 0;
    const steps: Step[] = [];
    s.choices.forEach((choice, index) => {
      const taken = this.takeOption({ s, key, meters, choice, index });
      if (!taken) return;
      open++;
      steps.push(taken.step);
      if (taken.sub) addPaths(total, taken.sub, taken.words);
    });
    if (open === 0) this.problem('every option here is crossed out (low reserve): a dead end', s.choices[0]?.sourcePath ?? null);
    const point = this.map.points[s.pointId];
    if (point) point.options = Math.max(point.options, s.choices.length);
    this.inProgress.delete(key);
    this.memo.set(key, total);
    this.lessonsMemo.set(key, foldLessons(steps));
    return total;
  }

  /**
   * One option of a situation: play it, check it, note it in the map, and explore on from
   * where it leads. Null when it is crossed out; `sub` is null when it loops back.
   */
  private takeOption(o: { s: Situation; key: string; meters: Meters; choice: ChoiceInfo; index: number }) {
    const { s, key, meters, choice, index } = o;
    const kind = this.kindOf(choice);
    if (blockReason(kind, meters)) return null;
    const { segment: seg, vars, visits } = this.play(s, index, choice);
    const after = readMeters(reader(vars));
    this.noteMeters(after, choice.sourcePath);
    if (CARING.includes(kind) && after.alarm > meters.alarm) this.moments.careRaisesAlarm.add(s.pointId);
    const landed = reader(vars).get('landed');
    if (landed === true || landed === 1) this.moments.payoffs.add(s.pointId);
    const step: Step = { option: { kind, text: choice.text }, before: meters, after, rest: null, ending: seg.ending };
    if (seg.inner === 0) this.problem('no #inner line after this choice', choice.sourcePath);
    const lastKind = this.lastKindOf(vars);
    if (lastKind !== kind) {
      this.problem(`choice tagged #kind:${kind} left last_kind = ${lastKind ?? 'nothing'} (call ~ respond(${kind}))`, choice.sourcePath);
    }
    this.noteEdge({
      from: s.pointId,
      optionId: choice.target,
      optionIndex: index,
      kind,
      text: choice.text,
      to: seg.next?.pointId ?? null,
      ending: seg.ending,
    });
    if (!seg.next) {
      this.structure.push(`${this.numberOf(key)}|${index}|${kind}|end:${seg.ending}`);
      const sub: PathStats = {
        paths: 1,
        minPoints: 0,
        maxPoints: 0,
        minWords: 0,
        maxWords: 0,
        endings: seg.ending ? { [seg.ending]: 1 } : {},
      };
      return { step, sub, words: seg.words };
    }
    const next: Situation = { ...seg.next, vars, visits };
    const nextKey = this.keys.keyOf(next);
    if (!this.map.points[next.pointId]) this.map.points[next.pointId] = { label: seg.label, options: 0 };
    this.structure.push(`${this.numberOf(key)}|${index}|${kind}|${this.numberOf(nextKey)}`);
    if (this.inProgress.has(nextKey)) {
      this.problem('a loop: this choice leads back to a situation already on the path', choice.sourcePath);
      return { step, sub: null, words: seg.words };
    }
    const sub = this.explore(next);
    step.rest = this.lessonsMemo.get(nextKey) ?? null;
    return { step, sub, words: seg.words };
  }

  /** One option can lead on to different points depending on what came before: one edge each. */
  private noteEdge(edge: StoryMap['edges'][number]): void {
    const edgeId = `${edge.from}|${edge.optionId}|${edge.to ?? edge.ending}`;
    if (this.edgeSeen.has(edgeId)) return;
    this.edgeSeen.add(edgeId);
    this.map.edges.push(edge);
  }

  /** Explore from the start with these variables set. */
  private exploreFrom(variables: Record<string, string | number>): PathStats {
    const { story, map } = this;
    story.ResetState();
    story.state.storySeed = 1;
    const v = story.variablesState;
    v.$('loved_name', 'Sam');
    v.$('pronoun', 'they');
    for (const [name, value] of Object.entries(variables)) v.$(name, value);
    this.firstLine = true;
    const first = this.runSegment(null);
    this.noteMeters(readMeters({ get: (name) => story.variablesState.$(name) }), null);
    if (!first.next) {
      this.problem('the story has no choice at all', null);
      return { paths: 1, minPoints: 0, maxPoints: 0, minWords: first.words, maxWords: first.words, endings: {} };
    }
    const start = capture(story, true);
    if (!map.start) map.start = start.pointId;
    map.points[start.pointId] ??= { label: first.label, options: start.choices.length };
    const stats = this.explore(start);
    this.startLessons ??= this.lessonsMemo.get(this.keys.keyOf(start)) ?? null;
    return { ...stats, minWords: stats.minWords + first.words, maxWords: stats.maxWords + first.words };
  }
}

/** Add the paths on from one option (and the words of its stretch) to a situation's total. */
function addPaths(total: PathStats, sub: PathStats, words: number): void {
  total.paths += sub.paths;
  total.minPoints = Math.min(total.minPoints, sub.minPoints + 1);
  total.maxPoints = Math.max(total.maxPoints, sub.maxPoints + 1);
  total.minWords = Math.min(total.minWords, sub.minWords + words);
  total.maxWords = Math.max(total.maxWords, sub.maxWords + words);
  for (const [e, n] of Object.entries(sub.endings) as [EndingType, number][]) {
    total.endings[e] = (total.endings[e] ?? 0) + n;
  }
}

function countWords(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}
