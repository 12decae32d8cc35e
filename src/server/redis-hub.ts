// Rooms shared by several relay processes through Redis (REDIS_URL): the room's state lives
// in Redis with an expiry (redis-scripts.ts: every change is one atomic script, votes counted
// there), and every change is published on one channel, so a phone on one process and the
// facilitator on another see the same room. Each process keeps only its own sockets and the
// state it last heard (shared-room.ts). When Redis is away, commands wait in the client's
// queue and the relay says so in its log; when it is back, every room here is read again.
import type { Redis } from 'ioredis';
import type { ErrorCode, FacilitatorMessage, RelayLang } from '../workshop/relay-protocol.ts';
import { LIMITS } from '../workshop/relay-protocol.ts';
import { RedisLink } from './redis-link.ts';
import type { ScriptName } from './redis-scripts.ts';
import type { HubContext } from './relay-server.ts';
import type { PhoneLink } from './room.ts';
import type { Found, HostRequest, HostSession, PhoneSession, RoomHub } from './room-hub.ts';
import { hashSecret } from './room-registry.ts';
import { newRoomCode, newToken } from './secrets.ts';
import { applyCommand } from './shared-commands.ts';
import { EMPTY_STATE, type RoomEvent, SharedRoom, type SharedState, type Tally } from './shared-room.ts';

export interface RedisHubOptions {
  url: string;
  /** Key prefix, so one Redis can serve several relays (or tests) apart. */
  prefix?: string;
  /** Where the hub reports Redis going away and coming back (the relay's log). */
  log?: (line: string) => void;
  /** A process that stops renewing its mark for this long no longer counts its phones. */
  processTtlMs?: number;
}

type Reply = (string | number)[];

export function redisHub(options: RedisHubOptions): (context: HubContext) => Promise<RoomHub> {
  return async (context) => {
    const hub = new RedisHub(options, context);
    await hub.start();
    return hub;
  };
}

export class RedisHub implements RoomHub {
  readonly redis: Redis;
  private readonly link: RedisLink;
  readonly context: HubContext;
  readonly prefix: string;
  readonly proc = newToken();
  private readonly rooms = new Map<string, SharedRoom>();
  private readonly options: RedisHubOptions;
  private readonly outbox = new Map<string, { tokens: Set<string>; tally: Tally | null }>();
  private readonly presenceDue = new Set<SharedRoom>();
  private flushing = false;
  private liveRooms = 0;
  private timer: NodeJS.Timeout | undefined;

  constructor(options: RedisHubOptions, context: HubContext) {
    this.options = options;
    this.context = context;
    this.prefix = options.prefix ?? 'dichtbij:';
    this.link = new RedisLink({
      url: options.url,
      prefix: this.prefix,
      log: options.log ?? ((line) => console.error(line)),
      onEvent: (raw) => this.onMessage(raw),
      onBack: () => void this.resync().catch(() => {}),
    });
    this.redis = this.link.redis;
  }

  async start(): Promise<void> {
    await this.link.connect();
    await this.markAlive();
    const every = (this.options.processTtlMs ?? 5000) / 3;
    this.timer = setInterval(() => void this.markAlive().catch(() => {}), every);
    this.timer.unref();
  }

  // ---- RoomHub ----

  /** Relay-wide wrong codes are counted here, across every process (redis-scripts.ts, FIND). */
  readonly countsGuesses = true;

  async find(code: string, token: string | undefined): Promise<Found | 'busy'> {
    const { burst, perSecond } = this.context.wrongCodes;
    return (await this.run('FIND', code, token ?? '', burst, perSecond)) as Found | 'busy';
  }

  async hosts(secret: string): Promise<boolean> {
    const code = await this.redis.get(this.key('secret', hashSecret(secret)));
    return code !== null && (await this.redis.exists(this.key('room', code))) === 1;
  }

  async host({ secret, lang, link }: HostRequest): Promise<HostSession | { error: ErrorCode }> {
    const secretHash = hashSecret(secret);
    let code = await this.redis.get(this.key('secret', secretHash));
    const resumed = code !== null && (await this.redis.exists(this.key('room', code))) === 1;
    if (!resumed || code === null) code = await this.create(lang, secretHash);
    if (code === null) return { error: 'too-many-rooms' };
    const room = await this.reread(code);
    if (!room) return { error: 'room-ended' };
    const nonce = newToken();
    if (room.host) {
      room.host.link.send({ t: 'error', code: 'replaced' });
      room.host.link.close();
    }
    room.host = { link, nonce };
    room.forgetShownTally();
    await this.publish(code, { k: 'host', nonce });
    room.participants = Number(await this.run('PRESENCE', code, this.proc, room.phones.size));
    const round = room.state.round;
    const tally = await this.tallyOf(code);
    const question = room.state.question;
    link.send({
      t: 'room',
      code,
      joinUrl: this.context.joinUrlFor(code),
      resumed,
      participants: room.participants,
      round: round && {
        roundId: round.roundId,
        phase: round.phase,
        counts: tally.counts,
        voters: tally.voters,
        chosen: round.chosen,
        overridden: round.overridden,
      },
      question,
      answers: question ? (await this.answersOf(code)).filter((a) => a.questionId === question.questionId) : [],
    });
    if (round) room.showTally(tally);
    return {
      command: (message) => this.command(room, message),
      detach: () => {
        if (room.host?.link === link) room.host = null;
        this.release(room);
      },
    };
  }

  async join(code: string, token: string | undefined, link: PhoneLink): Promise<PhoneSession | { error: ErrorCode } | 'ended'> {
    const reply = (await this.run('JOIN', code, newToken(), token ?? '', this.context.maxPhones)) as Reply;
    if (reply[0] === 'gone') return (await this.redis.exists(this.key('ended', code))) ? 'ended' : { error: 'unknown-room' };
    if (reply[0] !== 'ok') return { error: 'room-full' };
    const [, id, state, rev, lang, vote, answered] = reply.map(String) as string[];
    const room = this.local(code, lang as RelayLang);
    room.adopt(Number(rev), parseState(state));
    const firstHere = !room.phones.has(id!);
    if (!room.addPhone(id!, link, this.context.maxLinksPerPhone)) {
      this.release(room);
      return { error: 'too-many-connections' };
    }
    room.showPhone(id!, { myVote: vote === '' ? null : Number(vote), answered: answered! });
    if (firstHere) this.presenceChanged(room);
    return {
      token: id!,
      vote: (roundId, index) => this.vote(room, id!, roundId, index),
      answer: (questionId, text) => this.answer(room, id!, questionId, text),
      // The room's self-check is kept by a single relay only (its counts are not in Redis yet).
      check: () => 'no-check' as const,
      leave: () => {
        if (room.removePhone(id!, link)) this.presenceChanged(room);
        this.release(room);
      },
    };
  }

  sweep(): void {
    void this.sweepNow().catch(() => {});
  }

  live(): number {
    return this.liveRooms;
  }

  async endAll(): Promise<void> {
    for (const room of [...this.rooms.values()]) if (room.host) await this.endRoom(room);
  }

  async stop(): Promise<void> {
    clearInterval(this.timer);
    await Promise.all([...this.rooms.values()].map((room) => this.redis.hdel(this.key('presence', room.code), this.proc))).catch(() => {});
    await this.redis.del(this.key('proc', this.proc)).catch(() => {});
    this.link.disconnect();
  }

  // ---- in a room ----

  private async vote(room: SharedRoom, token: string, roundId: string, index: number): Promise<ErrorCode | null> {
    const reply = (await this.run('VOTE', room.code, token, roundId, index)) as Reply;
    const outcome = reply[0];
    if (outcome === 'gone') return 'room-ended';
    if (outcome !== 'counted' && outcome !== 'unchanged') return outcome as ErrorCode;
    room.showPhone(token, { myVote: index, answered: String(reply[1]) });
    if (outcome === 'counted') this.queueVotes(room.code, token, tallyFrom(reply.slice(2)));
    return null;
  }

  private async answer(room: SharedRoom, token: string, questionId: string, text: string): Promise<ErrorCode | null> {
    const reply = (await this.run('ANSWER', room.code, token, questionId, text, LIMITS.answersPerQuestion)) as Reply;
    if (reply[0] === 'answers-full') {
      if (Number(reply[1]) === 1) await this.publish(room.code, { k: 'answers-full' });
      return 'answers-full';
    }
    if (reply[0] === 'gone') return 'room-ended';
    if (reply[0] !== 'ok') return reply[0] as ErrorCode;
    await this.refresh(room, [token]);
    await this.publish(room.code, { k: 'answer', token, id: String(reply[1]), questionId, text });
    return null;
  }

  private async command(room: SharedRoom, message: FacilitatorMessage): Promise<ErrorCode | null> {
    if (message.t === 'end') {
      await this.endRoom(room);
      return null;
    }
    return applyCommand(this, room, message);
  }

  /** Writes the facilitator's new state and tells every process. */
  async writeState(room: SharedRoom, next: SharedState, fresh: { round: boolean; question: boolean }): Promise<void> {
    const round = next.round;
    const allowed = round
      ? `,${round.options
          .filter((o) => !o.disabled)
          .map((o) => o.index)
          .join(',')},`
      : ',';
    const size = round ? round.options.reduce((max, o) => Math.max(max, o.index + 1), 0) : 0;
    const reply = (await this.run(
      'STATE',
      room.code,
      JSON.stringify(next),
      round?.roundId ?? '',
      round?.phase === 'open' ? '1' : '0',
      allowed,
      size,
      fresh.round ? '1' : '0',
      next.question?.questionId ?? '',
      fresh.question ? '1' : '0',
    )) as Reply;
    if (reply[0] !== 'ok') return;
    await this.publish(room.code, { k: 'state', rev: Number(reply[1]), state: next, tally: tallyFrom(reply.slice(2)) });
  }

  /** Closes the round in Redis and returns the counts no later vote can change. */
  async closeRound(code: string): Promise<number[]> {
    const reply = (await this.run('CLOSE', code)) as Reply;
    return reply[0] === 'ok' ? tallyFrom(reply.slice(1)).counts : [];
  }

  async tallyOf(code: string): Promise<Tally> {
    const reply = (await this.run('READ', code)) as Reply;
    return reply[0] === 'ok' ? tallyFrom(reply.slice(4)) : { seq: 0, voters: 0, counts: [] };
  }

  async answersOf(code: string): Promise<{ id: string; questionId: string; text: string; approved: boolean }[]> {
    const all = await this.redis.hvals(this.key('answers', code));
    return all.map((raw) => JSON.parse(raw)).sort((a, b) => Number(a.id.slice(1)) - Number(b.id.slice(1)));
  }

  key(kind: 'room' | 'votes' | 'phones' | 'answers' | 'presence' | 'secret' | 'ended' | 'proc' | 'rooms', id = ''): string {
    return `${this.prefix}${kind}${id ? `:${id}` : ''}`;
  }

  publish(code: string, event: RoomEvent): Promise<number> {
    return this.link.publish(JSON.stringify({ c: code, from: this.proc, e: event }));
  }

  // ---- bookkeeping ----

  private run(name: ScriptName, code: string, ...args: (string | number)[]): Promise<unknown> {
    return this.link.run(name, code, { now: this.context.clock.now(), idleMs: this.context.idleMs }, args);
  }

  private async create(lang: RelayLang, secretHash: string): Promise<string | null> {
    for (;;) {
      const code = newRoomCode(() => false);
      const outcome = await this.run('CREATE', code, lang, secretHash, JSON.stringify(EMPTY_STATE), this.context.maxRooms);
      if (outcome === 'ok') return code;
      if (outcome === 'full') return null;
    }
  }

  private local(code: string, lang: RelayLang): SharedRoom {
    let room = this.rooms.get(code);
    if (!room) {
      room = new SharedRoom(code, lang);
      this.rooms.set(code, room);
    }
    return room;
  }

  /** The room read again from Redis (null when it is gone), its phones here shown it. */
  private async reread(code: string): Promise<SharedRoom | null> {
    const reply = (await this.run('READ', code)) as Reply;
    if (reply[0] !== 'ok') return null;
    const room = this.local(code, String(reply[1]) as RelayLang);
    room.rev = -1;
    room.adopt(Number(reply[3]), parseState(String(reply[2])));
    return room;
  }

  private release(room: SharedRoom): void {
    if (room.empty && this.rooms.get(room.code) === room) this.rooms.delete(room.code);
  }

  /** Shows these phones (those connected here) their views as Redis has them. */
  private async refresh(room: SharedRoom, tokens: string[]): Promise<void> {
    const here = tokens.filter((t) => room.phones.has(t));
    if (here.length === 0) return;
    const [votes, answered] = await Promise.all([
      this.redis.hmget(this.key('votes', room.code), ...here),
      this.redis.hmget(this.key('phones', room.code), ...here),
    ]);
    here.forEach((token, i) => {
      const vote = votes[i];
      room.showPhone(token, { myVote: vote == null ? null : Number(vote), answered: answered[i] ?? ' ' });
    });
  }

  private async endRoom(room: SharedRoom): Promise<void> {
    await this.run('END', room.code);
    await this.publish(room.code, { k: 'ended' });
  }

  private queueVotes(code: string, token: string, tally: Tally): void {
    const box = this.outbox.get(code) ?? { tokens: new Set<string>(), tally: null };
    box.tokens.add(token);
    if (!box.tally || tally.seq > box.tally.seq) box.tally = tally;
    this.outbox.set(code, box);
    this.scheduleFlush();
  }

  private presenceChanged(room: SharedRoom): void {
    this.presenceDue.add(room);
    this.scheduleFlush();
  }

  /** Many votes in one turn of the event loop: one message per room. */
  private scheduleFlush(): void {
    if (this.flushing) return;
    this.flushing = true;
    setImmediate(() => {
      this.flushing = false;
      for (const [code, box] of this.outbox) {
        if (box.tally) void this.publish(code, { k: 'votes', tokens: [...box.tokens], tally: box.tally }).catch(() => {});
      }
      this.outbox.clear();
      for (const room of this.presenceDue) void this.updatePresence(room, true).catch(() => {});
      this.presenceDue.clear();
    });
  }

  private async updatePresence(room: SharedRoom, always: boolean): Promise<void> {
    const participants = Number(await this.run('PRESENCE', room.code, this.proc, room.phones.size));
    if (always || participants !== room.participants) await this.publish(room.code, { k: 'presence', participants });
  }

  private async markAlive(): Promise<void> {
    await this.redis.set(this.key('proc', this.proc), '1', 'PX', this.options.processTtlMs ?? 5000);
    // A process that died still counted its phones: the facilitator's count heals here.
    for (const room of this.rooms.values()) if (room.host) await this.updatePresence(room, false);
  }

  private async sweepNow(): Promise<void> {
    const now = this.context.clock.now();
    this.liveRooms = await this.redis.zcount(this.key('rooms'), now - this.context.idleMs, '+inf');
    for (const room of [...this.rooms.values()]) {
      if ((await this.redis.exists(this.key('room', room.code))) === 0) this.forget(room);
    }
  }

  /** After Redis was away: every room here read again, shown again, counted again. */
  private async resync(): Promise<void> {
    for (const room of [...this.rooms.values()]) {
      const fresh = await this.reread(room.code);
      if (!fresh) {
        this.forget(room);
        continue;
      }
      await this.refresh(fresh, [...fresh.phones.keys()]);
      fresh.forgetShownTally();
      fresh.showTally(await this.tallyOf(fresh.code));
      await this.updatePresence(fresh, true);
    }
  }

  private forget(room: SharedRoom): void {
    room.end();
    this.rooms.delete(room.code);
  }

  private onMessage(raw: string): void {
    let message: { c: string; from: string; e: RoomEvent };
    try {
      message = JSON.parse(raw);
    } catch {
      return;
    }
    const room = this.rooms.get(message.c);
    if (!room) return;
    const event = message.e;
    const elsewhere = message.from !== this.proc;
    switch (event.k) {
      case 'votes':
        room.showTally(event.tally);
        if (elsewhere) void this.refresh(room, event.tokens).catch(() => {});
        return;
      case 'state':
        if (room.adopt(event.rev, event.state)) void this.refresh(room, [...room.phones.keys()]).catch(() => {});
        room.showTally(event.tally);
        return;
      case 'answer':
        room.toHost({ t: 'answer', id: event.id, questionId: event.questionId, text: event.text });
        if (elsewhere) void this.refresh(room, [event.token]).catch(() => {});
        return;
      case 'answers-full':
        room.toHost({ t: 'error', code: 'answers-full' });
        return;
      case 'presence':
        room.participants = event.participants;
        room.toHost({ t: 'presence', participants: event.participants });
        return;
      case 'host':
        if (room.host && room.host.nonce !== event.nonce) {
          room.host.link.send({ t: 'error', code: 'replaced' });
          room.host.link.close();
          room.host = null;
        }
        return;
      case 'ended':
        this.forget(room);
        return;
    }
  }
}

function tallyFrom(parts: Reply): Tally {
  const [seq, voters, ...counts] = parts.map(Number);
  return { seq: seq ?? 0, voters: voters ?? 0, counts };
}

function parseState(raw: string | undefined): SharedState {
  try {
    return raw ? (JSON.parse(raw) as SharedState) : EMPTY_STATE;
  } catch {
    return EMPTY_STATE;
  }
}
