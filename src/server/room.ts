// One workshop room, in memory only: the facilitator's link, the phones (known only by the
// random token the relay gave each), the current round and the one-line answers. No names,
// no addresses, nothing written anywhere; when the room ends or idles out it is gone.

import type {
  ErrorCode,
  FacilitatorMessage,
  RelayAnswer,
  RelayLang,
  RelayToFacilitator,
  RelayToPhone,
  RoundOption,
} from '../workshop/relay-protocol.ts';
import { ROOM_MOMENTS, type RoomAnswers, RoomCheckTally, type RoomMoment } from '../workshop/room-check.ts';
import { combineCounts, RoundTally } from '../workshop/tally.ts';

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

export interface RoomOptions {
  code: string;
  lang: RelayLang;
  joinUrl: string;
  maxPhones: number;
  now: () => number;
  newToken: () => string;
  /** Coalesces tally updates for the facilitator: many votes in one tick, one message. */
  schedule: (task: () => void) => void;
}

const MAX_ANSWERS = 500;

export class Room {
  readonly code: string;
  readonly lang: RelayLang;
  private readonly options: RoomOptions;
  private host: HostLink | null = null;
  private readonly participants = new Map<string, Participant>();
  private round: Round | null = null;
  private question: { questionId: string; text: string } | null = null;
  private answers: RelayAnswer[] = [];
  private answerCounter = 0;
  /** The self-check's open moment, and per moment one set of answers per phone token (counted, never sent). */
  private checkOpen: RoomMoment | null = null;
  private readonly checks: Record<RoomMoment, RoomCheckTally> = { start: new RoomCheckTally(), end: new RoomCheckTally() };
  private tallyPending = false;
  private lastActivity: number;
  ended = false;

  constructor(options: RoomOptions) {
    this.options = options;
    this.code = options.code;
    this.lang = options.lang;
    this.lastActivity = options.now();
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
      joinUrl: this.options.joinUrl,
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
    });
    // A resumed page reads counts the same way as ever: from a tally.
    if (round) this.scheduleTally();
    for (const moment of ROOM_MOMENTS) if (this.checks[moment].counts().respondents > 0) this.sendCheckCounts(moment);
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
    if (outcome !== 'unchanged') this.scheduleTally();
    return null;
  }

  answer(token: string, questionId: string, text: string): ErrorCode | null {
    const participant = this.participants.get(token);
    if (!participant || !this.question || this.question.questionId !== questionId) return 'no-question';
    if (participant.answered.has(questionId)) return 'already-answered';
    if (this.answers.length >= MAX_ANSWERS) return 'rate-limited';
    participant.answered.add(questionId);
    this.answerCounter += 1;
    const answer: RelayAnswer = { id: `a${this.answerCounter}`, questionId, text, approved: false };
    this.answers.push(answer);
    this.touch();
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
    this.sendCheckCounts(moment);
    return null;
  }

  private sendCheckCounts(moment: RoomMoment): void {
    const { respondents, items } = this.checks[moment].counts();
    this.host?.send({ t: 'check-counts', moment, respondents, items });
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
          this.scheduleTally();
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
        this.scheduleTally();
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
      case 'check-open':
        this.checkOpen = message.moment;
        this.sendCheckCounts(message.moment);
        break;
      case 'check-close':
        this.checkOpen = null;
        break;
      case 'end':
        this.end();
        return null;
    }
    this.broadcastViews();
    return null;
  }

  end(): void {
    if (this.ended) return;
    this.ended = true;
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
    const round = this.round;
    const question = this.question;
    const participant = this.participants.get(token);
    return {
      t: 'view',
      token,
      lang: this.lang,
      round: round && {
        roundId: round.roundId,
        prompt: round.prompt,
        options: round.options,
        phase: round.phase,
        myVote: round.tally.voteOf(token),
        counts: round.phase === 'revealed' ? round.shownCounts : null,
        chosen: round.chosen,
        overridden: round.overridden,
      },
      question: question && {
        questionId: question.questionId,
        text: question.text,
        answered: participant?.answered.has(question.questionId) ?? false,
      },
      approved: this.answers.filter((a) => a.approved && a.questionId === question?.questionId).map((a) => ({ id: a.id, text: a.text })),
      check: this.checkOpen && { moment: this.checkOpen, answered: this.checks[this.checkOpen].has(token) },
    };
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

  private scheduleTally(): void {
    if (this.tallyPending) return;
    this.tallyPending = true;
    this.options.schedule(() => {
      this.tallyPending = false;
      const round = this.round;
      if (!round || !this.host) return;
      this.host.send({
        t: 'tally',
        roundId: round.roundId,
        counts: round.tally.counts(),
        voters: round.tally.voters,
        participants: this.connected,
      });
    });
  }
}
