// The facilitator's flow through one scenario played as a group: at every choice point the
// room discusses, may vote (by hands, phones or both), sees the count, and the facilitator
// takes the majority or overrides it (noted); then the consequences play out. Pure: it
// drives a StorySession and knows nothing of screens, sockets or storage. Nothing here is
// timed; the facilitator sets the pace.
import { Emitter, type Subscription } from '../core/events.ts';
import { type Meters, meterDelta } from '../core/meters.ts';
import type { ChoiceKind, EndingType } from '../core/protocol.ts';
import type { Lang, RunRecord } from '../core/run-record.ts';
import type { ChoicePoint, MeterChange, StorySession } from '../core/story-session.ts';
import type { Beat } from '../core/tags.ts';

export type VotingMode = 'hands' | 'phones' | 'both';
/** Whether meters and feedback (inner voice, coach notes) show before the facilitator reveals them. */
export type MetersShown = 'always' | 'after-reveal';

export interface WorkshopSettings {
  lang: Lang;
  voting: VotingMode;
  meters: MetersShown;
  /** The projector plays the soundscape (the facilitator decides; missing in older saves: off). */
  sound?: boolean;
}

/**
 * scene: the story since the last choice (after a choice: its consequences);
 * discuss: the prompt and the options; voting/closed/revealed: a vote; ended: the ending.
 */
export type Phase = 'scene' | 'discuss' | 'voting' | 'closed' | 'revealed' | 'ended';

export interface RoundOptionRecord {
  index: number;
  text: string;
  kind: ChoiceKind;
  blocked: boolean;
}

/** One choice point as the group met it: what was offered, counted and chosen. */
export interface RoundRecord {
  step: number;
  pointId: string;
  prompt: string | null;
  options: RoundOptionRecord[];
  /** Counts per option (hands and phones added), or null when the group chose without a vote. */
  counts: number[] | null;
  /** The option(s) with the most votes (several: a tie). */
  majority: number[];
  chosen: number;
  /** True when the facilitator chose against the majority of a vote. */
  overridden: boolean;
  after: Meters;
}

export interface SceneLine {
  role: Beat['role'];
  speaker: Beat['speaker'];
  text: string;
}

export interface FlowSave {
  version: 1;
  settings: WorkshopSettings;
  record: RunRecord;
  rounds: RoundRecord[];
  phase: Phase;
  handCounts: number[] | null;
  phoneCounts: number[] | null;
  consequencesShown: boolean;
  /** Saved before the scene came in two parts: missing means the first part. */
  sceneContinued?: boolean;
}

/** Lines of the scene the discussion keeps on screen above the question. */
export const CONTEXT_LINES = 2;

/**
 * The scene after a choice as the room meets it: first what the choice did (up to the last
 * inner voice or coach note), then the story going on to the next moment. The second part
 * is empty when it would fit beside the question anyway.
 */
export interface SceneParts {
  consequences: SceneLine[];
  continuation: SceneLine[];
}

export interface FlowEvents {
  change: WorkshopFlow;
}

export class FlowError extends Error {
  override name = 'FlowError';
}

/** The option(s) with the most votes; empty when nobody voted. */
export function majorityOf(counts: readonly number[]): number[] {
  const max = Math.max(0, ...counts);
  return max === 0 ? [] : counts.flatMap((c, i) => (c === max ? [i] : []));
}

/** Hand counts and phone counts added option by option (either may be missing). */
export function addCounts(size: number, ...sources: (readonly number[] | null)[]): number[] {
  return Array.from({ length: size }, (_, i) => sources.reduce((sum, s) => sum + (s?.[i] ?? 0), 0));
}

export class WorkshopFlow {
  private readonly events = new Emitter<FlowEvents>();
  private readonly sub: Subscription;
  private current: Phase;
  private hands: number[] | null = null;
  private phones: number[] | null = null;
  private shown = true;
  private continued = false;
  readonly rounds: RoundRecord[];

  private constructor(
    readonly session: StorySession,
    readonly settings: WorkshopSettings,
    save?: FlowSave,
  ) {
    this.rounds = save ? structuredClone(save.rounds) : [];
    this.current = save?.phase ?? 'scene';
    if (save) {
      this.hands = save.handCounts;
      this.phones = save.phoneCounts;
      this.shown = save.consequencesShown;
      this.continued = save.sceneContinued ?? false;
    }
    this.sub = session.on('ended', () => {
      this.current = 'ended';
    });
  }

  /** A new workshop on a session that has not started yet. */
  static start(session: StorySession, settings: WorkshopSettings): WorkshopFlow {
    const flow = new WorkshopFlow(session, settings);
    session.start();
    if (session.ended) flow.current = 'ended';
    return flow;
  }

  /** Continue a saved workshop on a session that has been replayed to the same point. */
  static restore(session: StorySession, save: FlowSave): WorkshopFlow {
    const flow = new WorkshopFlow(session, save.settings, save);
    if (session.ended) flow.current = 'ended';
    else if (!session.choicePoint) throw new FlowError('the session is not at a choice point');
    return flow;
  }

  on<K extends keyof FlowEvents>(event: K, handler: (payload: FlowEvents[K]) => void): Subscription {
    return this.events.on(event, handler);
  }

  get phase(): Phase {
    return this.current;
  }
  get point(): ChoicePoint | null {
    return this.session.choicePoint;
  }
  get record(): RunRecord {
    return this.session.record;
  }
  get meters(): Meters {
    return this.session.meters;
  }
  get ending(): EndingType | null {
    return this.session.record.ending;
  }
  /** Whether the consequences of the last choice (inner voice, meters, feedback) are out. */
  get consequencesShown(): boolean {
    return this.shown;
  }
  get handCounts(): readonly number[] | null {
    return this.hands;
  }
  get phoneCounts(): readonly number[] | null {
    return this.phones;
  }
  /** Hands and phones together, one count per option of the current point. */
  get counts(): number[] {
    return addCounts(this.point?.options.length ?? 0, this.hands, this.phones);
  }
  /** An id for the current vote, unique in this run (phones' votes carry it). */
  get roundId(): string {
    const point = this.point;
    return point ? `${this.record.startedAt.toString(36)}-${point.step}-${point.id}` : '';
  }

  /** The story lines since the last choice: its consequences and what led to this point. */
  get scene(): SceneLine[] {
    const log = this.session.log;
    let from = log.length;
    while (from > 0 && log[from - 1]?.type !== 'choice') from--;
    return log.slice(from).flatMap((e) => (e.type === 'beat' ? [{ role: e.beat.role, speaker: e.beat.speaker, text: e.beat.text }] : []));
  }

  get sceneParts(): SceneParts {
    const lines = this.scene;
    if (this.rounds.length === 0) return { consequences: lines, continuation: [] };
    const cut = lines.findLastIndex((l) => l.role === 'inner' || l.role === 'coach') + 1;
    const continuation = cut > 0 ? lines.slice(cut) : [];
    // After the last choice the ending follows, with no question to keep context for.
    const short = this.current === 'ended' ? continuation.length === 0 : continuation.length <= CONTEXT_LINES;
    return short ? { consequences: lines, continuation: [] } : { consequences: lines.slice(0, cut), continuation };
  }

  /** Whether the room has moved on from the consequences to the rest of the scene. */
  get sceneContinued(): boolean {
    return this.continued;
  }

  /** Whether the rest of the scene is still to be shown before the question (or the debrief). */
  get canContinueScene(): boolean {
    return (this.current === 'scene' || this.current === 'ended') && !this.continued && this.sceneParts.continuation.length > 0;
  }

  /** From the consequences to the rest of the scene; the consequences count as shown. */
  continueScene(): void {
    if (!this.canContinueScene) throw new FlowError('there is no more of this scene to show');
    this.continued = true;
    this.shown = true;
    this.changed();
  }

  /** What the last choice moved, for feedback in words. */
  get lastChange(): MeterChange | null {
    const step = this.record.steps[this.record.steps.length - 1];
    return step ? { meters: step.after, delta: meterDelta(step.before, step.after), kind: step.kind } : null;
  }

  /** The consequences are out: the room may see the inner voice and the meters. */
  showConsequences(): void {
    this.require('scene', 'ended');
    this.shown = true;
    this.changed();
  }

  /** From the scene to the choice point: the prompt and the options. */
  toDiscussion(): void {
    this.require('scene');
    if (!this.point) throw new FlowError('there is no choice point');
    this.shown = true;
    this.current = 'discuss';
    this.changed();
  }

  openVote(): void {
    this.require('discuss');
    this.hands = null;
    this.phones = null;
    this.current = 'voting';
    this.changed();
  }

  closeVote(): void {
    this.require('voting');
    this.current = 'closed';
    this.changed();
  }

  /** Counted hands, entered by the facilitator (while voting, or after it closed). */
  setHandCounts(counts: readonly number[]): void {
    this.require('voting', 'closed');
    this.hands = this.clean(counts);
    this.changed();
  }

  /** The phones' tally as the relay reports it. Late tallies after the reveal are ignored. */
  setPhoneCounts(counts: readonly number[]): void {
    if (this.current !== 'voting' && this.current !== 'closed') return;
    this.phones = this.clean(counts);
    this.changed();
  }

  reveal(): void {
    this.require('closed');
    this.current = 'revealed';
    this.changed();
  }

  /**
   * Take an option: straight from the discussion (no vote), or after a vote. Choosing
   * against the majority of a revealed vote is an override and is noted; in a tie any of
   * the leaders is the majority.
   */
  choose(index: number): RoundRecord {
    this.require('discuss', 'revealed');
    const point = this.point;
    const option = point?.options[index];
    if (!point || !option) throw new FlowError(`there is no option ${index + 1}`);
    if (option.blocked) throw new FlowError(`option ${index + 1} is crossed out`);
    const voted = this.current === 'revealed';
    const counts = voted ? this.counts : null;
    const majority = counts ? majorityOf(counts) : [];
    const round: RoundRecord = {
      step: point.step,
      pointId: point.id,
      prompt: point.discuss,
      options: point.options.map((o) => ({ index: o.index, text: o.text, kind: o.kind, blocked: o.blocked !== null })),
      counts,
      majority,
      chosen: index,
      overridden: majority.length > 0 && !majority.includes(index),
      after: this.meters,
    };
    this.hands = null;
    this.phones = null;
    this.current = 'scene';
    this.shown = this.settings.meters === 'always';
    this.continued = false;
    this.session.choose(index);
    round.after = this.meters;
    this.rounds.push(round);
    if (this.session.ended) this.current = 'ended';
    this.changed();
    return round;
  }

  save(): FlowSave {
    return {
      version: 1,
      settings: { ...this.settings },
      record: structuredClone(this.record),
      rounds: structuredClone(this.rounds),
      phase: this.current,
      handCounts: this.hands,
      phoneCounts: this.phones,
      consequencesShown: this.shown,
      sceneContinued: this.continued,
    };
  }

  dispose(): void {
    this.sub.close();
    this.events.clear();
  }

  private clean(counts: readonly number[]): number[] {
    const size = this.point?.options.length ?? 0;
    return Array.from({ length: size }, (_, i) => {
      const n = counts[i] ?? 0;
      return Number.isFinite(n) && n > 0 ? Math.floor(n) : 0;
    });
  }

  private require(...phases: Phase[]): void {
    if (!phases.includes(this.current)) throw new FlowError(`not possible in phase "${this.current}"`);
  }

  private changed(): void {
    this.events.emit('change', this);
  }
}
