// What the relay's connections need from "the rooms", whichever process holds them: find a
// room by code, host one by secret, join one, and then act in it. Two implementations: the
// rooms of this process (MemoryHub, over RoomRegistry: the laptop relay, with its file store)
// and rooms shared by several processes through Redis (redis-hub.ts). Every call may wait, so
// a connection's messages are handled one after another (see relay-server.ts).
import type { ErrorCode, FacilitatorMessage, RelayLang } from '../workshop/relay-protocol.ts';
import type { RoomAnswers, RoomMoment } from '../workshop/room-check.ts';
import { type HostLink, type PhoneLink, Room } from './room.ts';
import type { RoomRegistry } from './room-registry.ts';

/** A code as a phone sees it: theirs (the token is known), someone's, lately ended, or none. */
export type Found = 'returning' | 'live' | 'ended' | 'unknown';

export interface HostSession {
  command(message: FacilitatorMessage): ErrorCode | null | Promise<ErrorCode | null>;
  detach(): void;
}

export interface PhoneSession {
  readonly token: string;
  vote(roundId: string, index: number): ErrorCode | null | Promise<ErrorCode | null>;
  answer(questionId: string, text: string): ErrorCode | null | Promise<ErrorCode | null>;
  check(moment: RoomMoment, answers: RoomAnswers): ErrorCode | null | Promise<ErrorCode | null>;
  leave(): void;
}

export interface HostRequest {
  secret: string;
  lang: RelayLang;
  address: string;
  link: HostLink;
}

export interface RoomHub {
  find(code: string, token: string | undefined): Promise<Found | 'busy'>;
  /** A room hosted with this secret exists (its facilitator is coming back). */
  hosts(secret: string): Promise<boolean>;
  host(request: HostRequest): Promise<HostSession | { error: ErrorCode }>;
  /** `token` only when find() said 'returning': the phone keeps its vote. */
  join(code: string, token: string | undefined, link: PhoneLink): Promise<PhoneSession | { error: ErrorCode } | 'ended'>;
  /** Ends idle rooms (and, shared, notices rooms that ended elsewhere). */
  sweep(): void;
  /** Live rooms (this process's, or all the processes'). */
  live(): number;
  /** Ends every room this hub holds. */
  endAll(): Promise<void>;
  /** Lets go of everything without ending rooms (another start resumes them). */
  stop(): Promise<void>;
  /**
   * The hub answers 'busy' for a code it would not look at, counting the relay-wide wrong codes
   * itself (shared by every process); without it the relay counts them in this process.
   */
  readonly countsGuesses?: boolean;
}

export class MemoryHub implements RoomHub {
  private readonly rooms: RoomRegistry;
  private readonly flush: () => Promise<void>;

  constructor(rooms: RoomRegistry, flush: () => Promise<void>) {
    this.rooms = rooms;
    this.flush = flush;
  }

  async find(code: string, token: string | undefined): Promise<Found> {
    const found = this.rooms.lookup(code);
    if (found === undefined) return 'unknown';
    if (found === 'ended') return 'ended';
    return found.knows(token) ? 'returning' : 'live';
  }

  async hosts(secret: string): Promise<boolean> {
    return this.rooms.lookupSecret(secret) !== undefined;
  }

  async host({ secret, lang, address, link }: HostRequest): Promise<HostSession | { error: ErrorCode }> {
    const hosted = this.rooms.host(secret, lang, address);
    if ('error' in hosted) return hosted;
    const room = hosted.room;
    room.attachHost(link, hosted.resumed);
    return { command: (message) => room.command(message), detach: () => room.detachHost(link) };
  }

  async join(code: string, token: string | undefined, link: PhoneLink): Promise<PhoneSession | { error: ErrorCode } | 'ended'> {
    const room = this.rooms.lookup(code);
    if (room === 'ended') return 'ended';
    if (!(room instanceof Room)) return { error: 'unknown-room' };
    const joined = room.join(link, token);
    if ('error' in joined) return joined;
    const id = joined.token;
    return {
      token: id,
      vote: (roundId, index) => room.vote(id, roundId, index),
      answer: (questionId, text) => room.answer(id, questionId, text),
      check: (moment, answers) => room.check(id, moment, answers),
      leave: () => room.leave(link, id),
    };
  }

  sweep(): void {
    this.rooms.sweep();
  }

  live(): number {
    return this.rooms.live();
  }

  async endAll(): Promise<void> {
    this.rooms.endAll();
    await this.flush();
  }

  async stop(): Promise<void> {
    await this.flush();
  }
}
