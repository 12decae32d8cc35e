// This process's side of a room that lives in Redis (redis-hub.ts): the sockets connected
// here (the facilitator's, if here, and phones by token), the room's state as last published,
// and what each room event means for those sockets. It decides nothing about votes; Redis
// does. It only shows, and it shows a tally only if it is newer than the last one shown.
import type { RelayLang, RelayToFacilitator } from '../workshop/relay-protocol.ts';
import type { HostLink, PhoneLink } from './room.ts';
import { phoneView, type VisibleRound } from './room-view.ts';

export interface SharedState {
  round: VisibleRound | null;
  question: { questionId: string; text: string } | null;
  paused: boolean;
  approved: { id: string; text: string }[];
}

export const EMPTY_STATE: SharedState = { round: null, question: null, paused: false, approved: [] };

export interface Tally {
  /** Grows with every change of the room's votes: an older tally never replaces a newer one. */
  seq: number;
  voters: number;
  counts: number[];
}

/** What one phone has in the room: its vote in the current round, the questions it answered. */
export interface PhoneRecord {
  myVote: number | null;
  answered: string;
}

export type RoomEvent =
  | { k: 'votes'; tokens: string[]; tally: Tally }
  | { k: 'state'; rev: number; state: SharedState; tally: Tally }
  | { k: 'answer'; token: string; id: string; questionId: string; text: string }
  | { k: 'answers-full' }
  | { k: 'presence'; participants: number }
  | { k: 'host'; nonce: string }
  | { k: 'ended' };

export class SharedRoom {
  readonly code: string;
  lang: RelayLang;
  state: SharedState = EMPTY_STATE;
  rev = -1;
  host: { link: HostLink; nonce: string } | null = null;
  readonly phones = new Map<string, Set<PhoneLink>>();
  participants = 0;
  private lastSeq = -1;
  ended = false;

  constructor(code: string, lang: RelayLang) {
    this.code = code;
    this.lang = lang;
  }

  get empty(): boolean {
    return this.host === null && this.phones.size === 0;
  }

  /** Takes a newer state; false when it is not newer (an event that arrived late). */
  adopt(rev: number, state: SharedState): boolean {
    if (rev <= this.rev) return false;
    this.rev = rev;
    this.state = state;
    return true;
  }

  /** Sends the facilitator a tally if it is newer than the last one sent. */
  showTally(tally: Tally): void {
    const round = this.state.round;
    if (!this.host || !round || tally.seq <= this.lastSeq) return;
    this.lastSeq = tally.seq;
    this.toHost({
      t: 'tally',
      roundId: round.roundId,
      counts: padded(tally.counts, round),
      voters: tally.voters,
      participants: this.participants,
    });
  }

  /** A tally from before the facilitator's (re)connection may be shown again. */
  forgetShownTally(): void {
    this.lastSeq = -1;
  }

  toHost(message: RelayToFacilitator): void {
    this.host?.link.send(message);
  }

  /** Shows one phone its view on every link it has here. */
  showPhone(token: string, record: PhoneRecord): void {
    const links = this.phones.get(token);
    if (!links) return;
    const question = this.state.question;
    const view = phoneView({
      token,
      lang: this.lang,
      round: this.state.round,
      myVote: record.myVote,
      question,
      answered: question !== null && record.answered.includes(` ${question.questionId} `),
      approved: this.state.approved,
      paused: this.state.paused,
    });
    for (const link of links) link.send(view);
  }

  addPhone(token: string, link: PhoneLink, maxLinks: number): boolean {
    const links = this.phones.get(token) ?? new Set();
    if (links.size >= maxLinks) return false;
    links.add(link);
    this.phones.set(token, links);
    return true;
  }

  /** True when the token has no link here any more. */
  removePhone(token: string, link: PhoneLink): boolean {
    const links = this.phones.get(token);
    if (!links) return false;
    links.delete(link);
    if (links.size > 0) return false;
    this.phones.delete(token);
    return true;
  }

  /** The room ended (here or on another process): everyone here hears it and is let go. */
  end(): void {
    if (this.ended) return;
    this.ended = true;
    for (const links of this.phones.values()) {
      for (const link of links) {
        link.send({ t: 'ended' });
        link.close();
      }
    }
    this.phones.clear();
    this.host?.link.close();
    this.host = null;
  }
}

/** Counts for every option of the round (options nobody chose are 0). */
function padded(counts: number[], round: VisibleRound): number[] {
  const size = round.options.reduce((max, o) => Math.max(max, o.index + 1), 0);
  return Array.from({ length: size }, (_, i) => counts[i] ?? 0);
}
