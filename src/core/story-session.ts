// StorySession: one play of one scenario. It wraps (never extends) an inkjs Story and
// turns ink's output into typed beats, choice points and meter readings that every
// presenter (DOM, stage, workshop) subscribes to. Pure TypeScript: no DOM, no Phaser,
// no storage; the clock and the seed come from outside.
import { Story } from 'inkjs';
import { choicePointId } from './choice-point-id.ts';
import { Emitter, type Subscription } from './events.ts';
import { type BlockReason, blockReason, type Meters, meterDelta, readLastKind, readMeters } from './meters.ts';
import type { ChoiceKind, EndingType, StageCue } from './protocol.ts';
import type { LovedOne, RunLink, RunRecord, StepRecord } from './run-record.ts';
import { applyBeat, initialStageState, type StageState } from './stage-state.ts';
import { type Beat, parseBeat, parseChoiceKind } from './tags.ts';

export interface Clock {
  now(): number;
}
export const systemClock: Clock = { now: () => Date.now() };

/** A compiled scenario as the build delivers it. */
export interface StoryBundle {
  scenarioId: string;
  lang: 'nl' | 'en';
  /** ink runtime JSON */
  json: string;
  /** Hash of the compiled story: tells a saved run whether the story changed since. */
  hash: string;
}

export interface SessionOptions {
  bundle: StoryBundle;
  lovedOne: LovedOne;
  seed: number;
  clock?: Clock;
  /** Story variables to set before the start (only those the story declares). */
  variables?: Record<string, string | number>;
  /** The run this one branches from (when rewinding to try another answer). */
  parent?: RunLink | null;
}

export interface ChoiceOption {
  index: number;
  /** Stable id (ink target path) for comparing runs and counting picks. */
  id: string;
  text: string;
  kind: ChoiceKind;
  blocked: BlockReason | null;
}

export interface ChoicePoint {
  id: string;
  /** How many choices were made before this one. */
  step: number;
  options: ChoiceOption[];
  /** The workshop prompt of the last `#discuss` line before this point. */
  discuss: string | null;
}

export type LogEntry = { type: 'beat'; beat: Beat } | { type: 'choice'; step: StepRecord };

export interface MeterChange {
  meters: Meters;
  delta: Meters;
  kind: ChoiceKind;
}

export interface SessionEvents {
  beat: Beat;
  cue: StageCue;
  stage: StageState;
  choices: ChoicePoint;
  chosen: StepRecord;
  meters: MeterChange;
  ended: { ending: EndingType | null; record: RunRecord };
  /** The story failed (it cannot go on), or one presenter failed (the others and the story go on). */
  error: { message: string; source: 'story' | 'presenter' };
}

export interface SessionSnapshot {
  version: 1;
  inkState: string;
  record: RunRecord;
  log: LogEntry[];
  stage: StageState;
  discuss: string | null;
}

export class StorySessionError extends Error {
  override name = 'StorySessionError';
}

export class StorySession {
  private readonly story: Story;
  private readonly json: string;
  private readonly events = new Emitter<SessionEvents>((error, event) => this.presenterFailed(error, event));
  private readonly clock: Clock;
  private readonly globalTagCount: number;
  private currentLog: LogEntry[] = [];
  private current: ChoicePoint | null = null;
  private stageState: StageState;
  private runRecord: RunRecord;
  private pendingDiscuss: string | null = null;
  private startedPlaying = false;
  private failed: string | null = null;

  private constructor(options: SessionOptions) {
    this.clock = options.clock ?? systemClock;
    this.json = options.bundle.json;
    this.story = new Story(options.bundle.json);
    this.globalTagCount = this.story.globalTags?.length ?? 0;
    this.story.onError = (message, type) => {
      // Warnings (e.g. a story authoring slip) must not stop a player; errors do.
      if (type === 2) this.failed = message;
    };
    this.story.state.storySeed = options.seed;
    const vars = this.story.variablesState;
    // Every scenario declares these through the shared model; a bare test story may not.
    if (vars.GetVariableWithName('loved_name') !== null) vars.$('loved_name', options.lovedOne.name);
    if (vars.GetVariableWithName('pronoun') !== null) vars.$('pronoun', options.lovedOne.pronoun);
    for (const [name, value] of Object.entries(options.variables ?? {})) {
      if (vars.GetVariableWithName(name) === null) {
        throw new StorySessionError(`the story has no variable "${name}"`);
      }
      vars.$(name, value);
    }
    const meters = readMeters(this.reader());
    this.stageState = initialStageState(meters);
    this.runRecord = {
      scenarioId: options.bundle.scenarioId,
      lang: options.bundle.lang,
      storyHash: options.bundle.hash,
      seed: options.seed,
      startedAt: this.clock.now(),
      lovedOne: { ...options.lovedOne },
      variables: { ...(options.variables ?? {}) },
      initialMeters: meters,
      steps: [],
      ending: null,
      endedAt: null,
      parent: options.parent ?? null,
    };
  }

  /** A new session, not yet started: subscribe, then call `start()`. */
  static create(options: SessionOptions): StorySession {
    return new StorySession(options);
  }

  /** Rebuild a session from a snapshot; it continues exactly where the snapshot was taken. */
  static restore(options: Omit<SessionOptions, 'seed' | 'lovedOne' | 'variables' | 'parent'>, snapshot: SessionSnapshot) {
    const session = new StorySession({
      ...options,
      seed: snapshot.record.seed,
      lovedOne: snapshot.record.lovedOne,
      variables: snapshot.record.variables,
    });
    session.story.state.LoadJson(snapshot.inkState);
    session.runRecord = structuredClone(snapshot.record);
    session.currentLog = structuredClone(snapshot.log);
    session.stageState = structuredClone(snapshot.stage);
    session.pendingDiscuss = snapshot.discuss;
    session.startedPlaying = true;
    if (session.runRecord.endedAt === null) session.current = session.readChoicePoint();
    return session;
  }

  /**
   * Replay a run's choices from the start with its seed: the way to rewind to any
   * earlier choice point (pass the first N choice indices) or to check a stored run.
   */
  static replay(options: SessionOptions, choices: readonly number[]): StorySession {
    const session = new StorySession(options);
    session.start();
    for (const index of choices) session.choose(index);
    return session;
  }

  on<K extends keyof SessionEvents>(event: K, handler: (payload: SessionEvents[K]) => void): Subscription {
    return this.events.on(event, handler);
  }

  get log(): readonly LogEntry[] {
    return this.currentLog;
  }
  get choicePoint(): ChoicePoint | null {
    return this.current;
  }
  get stage(): StageState {
    return this.stageState;
  }
  get meters(): Meters {
    return this.stageState.meters;
  }
  get record(): RunRecord {
    return this.runRecord;
  }
  /** Whether `start()` was called (a restored or replayed session has started). */
  get started(): boolean {
    return this.startedPlaying;
  }
  get ended(): boolean {
    return this.runRecord.endedAt !== null;
  }
  get lastKind(): ChoiceKind | null {
    return readLastKind(this.reader());
  }

  /** Read a story variable (for tests and the dev inspector). */
  variable(name: string): unknown {
    return this.story.variablesState.$(name);
  }

  start(): void {
    if (this.startedPlaying) throw new StorySessionError('the session has already started');
    this.startedPlaying = true;
    this.advance();
  }

  choose(index: number): StepRecord {
    const point = this.current;
    if (!point) throw new StorySessionError('there is no choice to make now');
    const option = point.options[index];
    if (!option) throw new StorySessionError(`there is no option ${index + 1} here`);
    if (option.blocked) throw new StorySessionError(`option ${index + 1} is crossed out (${option.blocked})`);
    const before = this.stageState.meters;
    this.current = null;
    this.story.ChooseChoiceIndex(index);
    const step: StepRecord = {
      pointId: point.id,
      choiceIndex: index,
      optionId: option.id,
      text: option.text,
      kind: option.kind,
      before,
      after: before,
      inner: [],
      at: this.clock.now(),
    };
    this.runRecord.steps.push(step);
    const entry: LogEntry = { type: 'choice', step };
    this.currentLog.push(entry);
    this.events.emit('chosen', step);
    this.advance(step);
    return step;
  }

  snapshot(): SessionSnapshot {
    return {
      version: 1,
      inkState: this.story.state.toJson(),
      record: structuredClone(this.runRecord),
      log: structuredClone(this.currentLog),
      stage: structuredClone(this.stageState),
      discuss: this.current?.discuss ?? this.pendingDiscuss,
    };
  }

  dispose(): void {
    this.events.clear();
  }

  // --- For the dev story inspector: look inside and steer. Not used by the game itself. ---

  /** Every global variable of the story with its current value. */
  variables(): Record<string, unknown> {
    const globals = (this.story.variablesState as unknown as { _globalVariables: Map<string, unknown> })._globalVariables;
    return Object.fromEntries([...globals.keys()].map((name) => [name, this.story.variablesState.$(name)]));
  }

  /** Knots and stitches one can jump to ("knot" and "knot.stitch"); functions left out. */
  knots(): string[] {
    const named = this.story.mainContentContainer.namedContent;
    const functions = new Set([...this.json.matchAll(/"f\(\)":"([^"]+)"/g)].map((m) => m[1]));
    const paths: string[] = [];
    for (const [name, container] of named) {
      if (functions.has(name)) continue;
      paths.push(name);
      const inner = (container as unknown as { namedContent?: Map<string, unknown> }).namedContent;
      for (const stitch of inner?.keys() ?? []) paths.push(`${name}.${stitch}`);
    }
    return paths.sort();
  }

  /** Set a variable (e.g. a meter) and show its effect at once. */
  setVariable(name: string, value: number | string | boolean): void {
    if (this.story.variablesState.GetVariableWithName(name) === null) throw new StorySessionError(`the story has no variable "${name}"`);
    this.story.variablesState.$(name, value);
    this.stageState = { ...this.stageState, meters: readMeters(this.reader()) };
    this.events.emit('stage', this.stageState);
    if (this.current) {
      this.current = this.readChoicePoint(this.current.discuss);
      this.events.emit('choices', this.current);
    }
  }

  /** Jump to a knot or stitch and play on from there. */
  jumpTo(path: string): void {
    this.current = null;
    this.runRecord.endedAt = null;
    this.story.ChoosePathString(path);
    this.advance();
  }

  /** A subscriber threw: said on the `error` event (a failing error handler only in the console). */
  private presenterFailed(error: unknown, event: keyof SessionEvents): void {
    const message = `a presenter failed on "${event}": ${error instanceof Error ? error.message : String(error)}`;
    console.error(message, error);
    if (event !== 'error') this.events.emit('error', { message, source: 'presenter' });
  }

  private reader() {
    const vars = this.story.variablesState;
    return { get: (name: string) => vars.$(name) };
  }

  /** Run the story to the next choice point or the end, emitting beats on the way. */
  private advance(step?: StepRecord): void {
    let ending: EndingType | null = null;
    let first = this.currentLog.length === 0;
    while (this.story.canContinue && !this.failed) {
      let text: string;
      try {
        text = this.story.Continue() ?? '';
      } catch (err) {
        this.failed = err instanceof Error ? err.message : String(err);
        break;
      }
      let tags = this.story.currentTags ?? [];
      // ink repeats the global tags on the first line; they describe the scenario, not the line.
      if (first) tags = tags.slice(this.globalTagCount);
      first = false;
      const beat = parseBeat(text, tags);
      if (beat.discuss) this.pendingDiscuss = beat.discuss;
      if (beat.ending) ending = beat.ending;
      this.stageState = applyBeat(this.stageState, beat);
      if (beat.text !== '') {
        this.currentLog.push({ type: 'beat', beat });
        if (step && beat.role === 'inner') step.inner.push(beat.text);
        this.events.emit('beat', beat);
      }
      for (const cue of beat.cues) this.events.emit('cue', cue);
      if (hasStaging(beat)) this.events.emit('stage', this.stageState);
    }
    if (this.failed) {
      this.events.emit('error', { message: this.failed, source: 'story' });
      return;
    }
    const meters = readMeters(this.reader());
    this.stageState = { ...this.stageState, meters };
    if (step) {
      step.after = meters;
      this.events.emit('meters', { meters, delta: meterDelta(step.before, meters), kind: step.kind });
      this.events.emit('stage', this.stageState);
    }
    if (this.story.currentChoices.length > 0) {
      this.current = this.readChoicePoint();
      this.events.emit('choices', this.current);
      return;
    }
    this.runRecord.ending = ending;
    this.runRecord.endedAt = this.clock.now();
    this.events.emit('ended', { ending, record: this.runRecord });
  }

  private readChoicePoint(discuss: string | null = this.pendingDiscuss): ChoicePoint {
    const choices = this.story.currentChoices;
    const meters = this.stageState.meters;
    const options = choices.map((choice, index): ChoiceOption => {
      const { kind } = parseChoiceKind(choice.tags);
      return {
        index,
        id: choice.targetPath?.toString() ?? choice.sourcePath,
        text: choice.text.trim(),
        kind,
        blocked: blockReason(kind, meters),
      };
    });
    const point: ChoicePoint = {
      id: choicePointId(choices.map((c) => c.sourcePath)),
      step: this.runRecord.steps.length,
      options,
      discuss,
    };
    this.pendingDiscuss = null;
    return point;
  }
}

function hasStaging(beat: Beat): boolean {
  return beat.place !== null || beat.time !== null || beat.pose !== null || beat.cues.length > 0 || beat.chapter !== null;
}
