// One workshop room: the facilitator's link, the phones (known only by the random token the
// relay gave each), the current round, the one-line answers to the current question and the
// self-check's answers per moment (counted; only the counts leave the relay). No names, no
// addresses. After every change (coalesced per tick) it hands a snapshot to
// `persist`, and a tally reaches the facilitator only once the votes it counts are kept, so a
// relay killed and started again never takes back a count the room has seen.
import {
  type ErrorCode,
  type FacilitatorMessage,
  LIMITS,
  type RelayAnswer,
  type RelayLang,
  type RelayToFacilitator,
  type RelayToPhone,
  type RoundOption,
} from '../workshop/relay-protocol.ts';
import { ROOM_MOMENTS, type RoomAnswers, RoomCheckTally, type RoomMoment } from '../workshop/room-check.ts';
import { combineCounts, RoundTally } from '../workshop/tally.ts';
import { type RoomSnapshot, SNAPSHOT_VERSION } from './room-snapshot.ts';
import { phoneView } from './room-view.ts';

export interface Link<M> {
  send(message: M): void;
  close(): void;
}
export type HostLink = Link<RelayToFacilitator>;
export type PhoneLink = Link<RelayToPhone>;

interface Participant {
  links: Set<PhoneLink>;
  answered: Set<string>;
}

interface Round {
  roundId: string;
  prompt: string;
  options: RoundOption[];
  tally: RoundTally;
  phase: 'open' | 'closed' | 'revealed';
  shownCounts: number[] | null;
  chosen: number | null;
  overridden: boolean;
}

export interface RoomIdentity {
  code: string;
  lang: RelayLang;
  /** SHA-256 of the facilitator's secret (the registry finds the room by it). */
  secretHash: string;
}

/** The same for every room of a relay (one object, shared: rooms come and go by the thousand). */
export interface RoomOptions {
  /** Where phones join this room (with the code in the address). */
  joinUrlFor: (code: string) => string;
  maxPhones: number;
  /** Open connections one phone token may have (two tabs, a reconnect overlapping the old link). */
  maxLinksPerPhone: number;
  now: () => number;
  newToken: () => string;
  /** Coalesces saves and tally updates: many votes in one tick, one snapshot, one message. */
  schedule: (task: () => void) => void;
  /** Keeps the snapshot; resolves once it is kept. */
  persist: (snapshot: RoomSnapshot) => Promise<void>;
  /** The room has ended: forget it at once. */
  onEnd: (room: Room) => void;
}

export class Room {
  readonly code: string;
  readonly lang: RelayLang;
  private readonly options: RoomOptions;
  private host: HostLink | null = null;
  private readonly participants = new Map<string, Participant>();
  private round: Round | null = null;
  private question: { questionId: string; text: string } | null = null;
  private paused = false;
  private answers: RelayAnswer[] = [];
  private answerCounter = 0;
  /** The facilitator has heard this question's answers are full. */
  private answersFullTold = false;
  /** The self-check's open moment, and per moment one set of answers per phone token (counted, never sent). */
  private checkOpen: RoomMoment | null = null;
  private readonly checks: Record<RoomMoment, RoomCheckTally> = { start: new RoomCheckTally(), end: new RoomCheckTally() };
  private tickPending = false;
  private saveDue = false;
  private tallyDue = false;
  private readonly checkCountsDue = new Set<RoomMoment>();
  private lastActivity: number;
  ended = false;

  readonly secretHash: string;

  constructor(identity: RoomIdentity, options: RoomOptions) {
    this.options = options;
    this.code = identity.code;
    this.lang = identity.lang;
    this.secretHash = identity.secretHash;
    this.lastActivity = options.now();
  }

  /** A room as a snapshot left it; phones come back with their tokens, the facilitator with the secret. */
  static restore(saved: RoomSnapshot, options: RoomOptions): Room {
    const room = new Room(saved, options);
    room.lastActivity = saved.lastActivity;
    for (const phone of saved.phones) room.participants.set(phone.token, { links: new Set(), answered: new Set(phone.answered) });
    const round = saved.round;
    room.round = round && {
      roundId: round.roundId,
      prompt: round.prompt,
      options: round.options,
      tally: RoundTally.restore(round),
      phase: round.phase,
      shownCounts: round.shownCounts,
      chosen: round.chosen,
      overridden: round.overridden,
    };
    room.question = saved.question;
    room.answers = saved.answers;
    room.answerCounter = saved.answerCounter;
    room.checkOpen = saved.check?.open ?? null;
    for (const moment of ROOM_MOMENTS)
      for (const [token, answers] of saved.check?.answers[moment] ?? []) room.checks[moment].answer(token, answers);
    return room;
  }

  snapshot(): RoomSnapshot {
    const round = this.round;
    return {
      v: SNAPSHOT_VERSION,
      code: this.code,
      lang: this.lang,
      secretHash: this.secretHash,
      lastActivity: this.lastActivity,
      phones: [...this.participants].map(([token, p]) => ({ token, answered: [...p.answered] })),
      round: round && {
        roundId: round.roundId,
        prompt: round.prompt,
        options: round.options,
        votes: round.tally.entries(),
        open: round.tally.isOpen,
        phase: round.phase,
        shownCounts: round.shownCounts,
        chosen: round.chosen,
        overridden: round.overridden,
      },
      question: this.question,
      answers: this.answers,
      answerCounter: this.answerCounter,
      check: { open: this.checkOpen, answers: { start: this.checks.start.entries(), end: this.checks.end.entries() } },
    };
  }

  /** Saves the room as it is now (a new room, before anyone joins). */
  persistNow(): void {
    this.changed();
  }

  /** The token belongs to this room (a returning phone, not a guess). */
  knows(token: string | undefined): boolean {
    return token !== undefined && this.participants.has(token);
  }

  idleFor(now: number): number {
    return now - this.lastActivity;
  }

  /** Phones with at least one open connection. */
  get connected(): number {
    let n = 0;
    for (const p of this.participants.values()) if (p.links.size > 0) n += 1;
    return n;
  }

  get hasHost(): boolean {
    return this.host !== null;
  }

  attachHost(link: HostLink, resumed: boolean): void {
    if (this.host && this.host !== link) {
      this.host.send({ t: 'error', code: 'replaced' });
      this.host.close();
    }
    this.host = link;
    this.touch();
    const round = this.round;
    link.send({
      t: 'room',
      code: this.code,
      joinUrl: this.options.joinUrlFor(this.code),
      resumed,
      participants: this.connected,
      round: round && {
        roundId: round.roundId,
        phase: round.phase,
        counts: round.tally.counts(),
        voters: round.tally.voters,
        chosen: round.chosen,
        overridden: round.overridden,
      },
      question: this.question,
      answers: this.answers.filter((a) => a.questionId === this.question?.questionId),
      check: this.checkOpen,
    });
    // A resumed page reads counts the same way as ever: from a tally.
    if (round) this.changed({ tally: true });
    for (const moment of ROOM_MOMENTS) if (this.checks[moment].counts().respondents > 0) this.changed({ check: moment });
  }

  detachHost(link: HostLink): void {
    if (this.host === link) this.host = null;
  }

  /** Admits a phone: its old token back (same vote), or a new one while there is room. */
  join(link: PhoneLink, token: string | undefined): { token: string } | { error: ErrorCode } {
    if (this.ended) return { error: 'room-ended' };
    let known = token ? this.participants.get(token) : undefined;
    let id = token;
    if (!known || !id) {
      if (this.participants.size >= this.options.maxPhones) return { error: 'room-full' };
      id = this.options.newToken();
      known = { links: new Set(), answered: new Set() };
      this.participants.set(id, known);
      this.changed();
    } else if (known.links.size >= this.options.maxLinksPerPhone) {
      // One token, many sockets would multiply every view we send (attack 4 of issue 15).
      return { error: 'too-many-connections' };
    }
    const wasConnected = known.links.size > 0;
    known.links.add(link);
    this.touch();
    link.send(this.viewFor(id));
    if (!wasConnected) this.presenceChanged();
    return { token: id };
  }

  leave(link: PhoneLink, token: string): void {
    const participant = this.participants.get(token);
    if (!participant) return;
    participant.links.delete(link);
    // The token and its vote stay: a phone that comes back keeps its one vote.
    if (participant.links.size === 0) this.presenceChanged();
  }

  vote(token: string, roundId: string, index: number): ErrorCode | null {
    const round = this.round;
    if (!round || round.roundId !== roundId) return 'no-round';
    const outcome = round.tally.vote(token, index);
    this.touch();
    if (outcome === 'closed') return 'round-closed';
    if (outcome === 'bad-option') return 'bad-option';
    this.sendView(token);
    if (outcome !== 'unchanged') this.changed({ tally: true });
    return null;
  }

  answer(token: string, questionId: string, text: string): ErrorCode | null {
    const participant = this.participants.get(token);
    if (!participant || !this.question || this.question.questionId !== questionId) return 'no-question';
    if (participant.answered.has(questionId)) return 'already-answered';
    if (this.answers.length >= LIMITS.answersPerQuestion) {
      if (!this.answersFullTold) this.host?.send({ t: 'error', code: 'answers-full' });
      this.answersFullTold = true;
      return 'answers-full';
    }
    participant.answered.add(questionId);
    this.answerCounter += 1;
    const answer: RelayAnswer = { id: `a${this.answerCounter}`, questionId, text, approved: false };
    this.answers.push(answer);
    this.touch();
    this.changed();
    this.sendView(token);
    this.host?.send({ t: 'answer', id: answer.id, questionId, text });
    return null;
  }

  /** A phone's self-check answers for the open moment (answering again replaces them). */
  check(token: string, moment: RoomMoment, answers: RoomAnswers): ErrorCode | null {
    if (!this.participants.has(token) || this.checkOpen !== moment) return 'no-check';
    this.checks[moment].answer(token, answers);
    this.touch();
    this.sendView(token);
    this.changed({ check: moment });
    return null;
  }

  /** A facilitator command; returns an error code when it cannot apply. */
  command(message: FacilitatorMessage): ErrorCode | null {
    this.touch();
    switch (message.t) {
      case 'host':
        return null;
      case 'open': {
        // The same round again (a facilitator's page reloaded mid-vote) keeps its votes.
        if (this.round?.roundId === message.roundId) {
          this.changed({ tally: true });
          break;
        }
        this.round = {
          roundId: message.roundId,
          prompt: message.prompt,
          options: message.options,
          tally: new RoundTally(message.roundId, message.options),
          phase: 'open',
          shownCounts: null,
          chosen: null,
          overridden: false,
        };
        this.changed({ tally: true });
        break;
      }
      case 'close':
        if (!this.round) return 'no-round';
        this.round.tally.close();
        if (this.round.phase === 'open') this.round.phase = 'closed';
        break;
      case 'reveal':
        if (!this.round) return 'no-round';
        this.round.tally.close();
        this.round.phase = 'revealed';
        this.round.shownCounts = combineCounts(this.round.tally.counts(), message.handCounts);
        break;
      case 'choose': {
        const round = this.round;
        if (!round) return 'no-round';
        if (!round.options.some((o) => o.index === message.index)) return 'bad-option';
        round.tally.close();
        round.chosen = message.index;
        round.overridden = message.overridden;
        round.phase = 'revealed';
        round.shownCounts ??= round.tally.counts();
        break;
      }
      case 'advance':
        this.round = null;
        break;
      case 'ask':
        // Only the current question's answers are kept; the facilitator has the earlier ones.
        if (this.question?.questionId !== message.questionId) {
          this.answers = [];
          this.answersFullTold = false;
        }
        this.question = { questionId: message.questionId, text: message.text };
        break;
      case 'end-question':
        this.question = null;
        break;
      case 'approve': {
        const answer = this.answers.find((a) => a.id === message.id);
        if (!answer) return 'bad-message';
        answer.approved = true;
        break;
      }
      case 'approve-all': {
        const ids = new Set(message.ids);
        for (const answer of this.answers) if (ids.has(answer.id)) answer.approved = true;
        break;
      }
      case 'reject': {
        const before = this.answers.length;
        this.answers = this.answers.filter((a) => a.id !== message.id);
        if (this.answers.length === before) return 'bad-message';
        break;
      }
      case 'pause':
        this.paused = message.paused;
        break;
      case 'check-open':
        this.checkOpen = message.moment;
        this.changed({ check: message.moment });
        break;
      case 'check-close':
        this.checkOpen = null;
        break;
      case 'end':
        this.end();
        return null;
    }
    this.changed();
    this.broadcastViews();
    return null;
  }

  end(): void {
    if (this.ended) return;
    this.ended = true;
    this.options.onEnd(this);
    this.round = null;
    this.question = null;
    this.answers = [];
    for (const participant of this.participants.values()) {
      for (const link of participant.links) {
        link.send({ t: 'ended' });
        link.close();
      }
    }
    this.participants.clear();
    this.host?.close();
    this.host = null;
  }

  private touch(): void {
    this.lastActivity = this.options.now();
  }

  private viewFor(token: string): RelayToPhone {
    const question = this.question;
    return phoneView({
      token,
      lang: this.lang,
      round: this.round,
      myVote: this.round?.tally.voteOf(token) ?? null,
      question,
      answered: (question && this.participants.get(token)?.answered.has(question.questionId)) ?? false,
      approved: this.answers.filter((a) => a.approved && a.questionId === question?.questionId).map((a) => ({ id: a.id, text: a.text })),
      paused: this.paused,
      check: this.checkOpen && { moment: this.checkOpen, answered: this.checks[this.checkOpen].has(token) },
    });
  }

  private sendView(token: string): void {
    const participant = this.participants.get(token);
    if (!participant || participant.links.size === 0) return;
    const view = this.viewFor(token);
    for (const link of participant.links) link.send(view);
  }

  private broadcastViews(): void {
    for (const token of this.participants.keys()) this.sendView(token);
  }

  private presenceChanged(): void {
    this.host?.send({ t: 'presence', participants: this.connected });
  }

  /** Saves (and, with `tally` or `check`, tells the facilitator the counts) once per tick. */
  private changed(what: { tally?: boolean; check?: RoomMoment } = {}): void {
    this.saveDue = true;
    if (what.tally) this.tallyDue = true;
    if (what.check) this.checkCountsDue.add(what.check);
    if (this.tickPending) return;
    this.tickPending = true;
    this.options.schedule(() => this.afterTick());
  }

  private afterTick(): void {
    this.tickPending = false;
    if (this.ended) return;
    const saved = this.saveDue ? this.options.persist(this.snapshot()) : Promise.resolve();
    this.saveDue = false;
    this.sendCheckCounts(saved);
    const round = this.round;
    const tallyDue = this.tallyDue;
    this.tallyDue = false;
    if (!tallyDue || !round) return;
    // The counts as saved: what the facilitator sees counted survives a restart.
    const tally = { roundId: round.roundId, counts: round.tally.counts(), voters: round.tally.voters };
    void saved.then(() => {
      if (this.ended || !this.host) return;
      this.host.send({ t: 'tally', ...tally, participants: this.connected });
    });
  }

  /** The self-check's counts of the moments that changed, once they are kept. */
  private sendCheckCounts(saved: Promise<void>): void {
    const due = [...this.checkCountsDue].map((moment) => ({ moment, ...this.checks[moment].counts() }));
    this.checkCountsDue.clear();
    if (due.length === 0) return;
    void saved.then(() => {
      if (this.ended || !this.host) return;
      for (const counts of due) this.host.send({ t: 'check-counts', ...counts });
    });
  }
}
