// Simulated phones (raw `ws` clients speaking the phone protocol) and a facilitator (the
// real browser client, given `ws` as its WebSocket), for the relay tests and the bench.
import { createServer } from 'node:net';
import { afterEach } from 'vitest';
import WebSocket from 'ws';
import { type Relay, type RelayOptions, startRelay } from '../../src/server/relay-server.ts';
import {
  connectFacilitator,
  type FacilitatorRelay,
  type RoomInfo,
  type TallyUpdate,
  type WebSocketFactory,
} from '../../src/workshop/relay-client.ts';
import { type PhoneView, parseFrame, RELAY_PATH, type RelayToPhone, RelayToPhoneSchema } from '../../src/workshop/relay-protocol.ts';

export function wsUrl(httpUrl: string): string {
  return `${httpUrl.replace(/^http/, 'ws')}${RELAY_PATH}`;
}

let lastAddress = 1;

/**
 * Each simulated phone comes from its own loopback address (127.0.0.2 to 127.0.0.250), as each
 * phone on a Wi-Fi has its own; the relay's limits per address see a room, not one client.
 */
export function nextPhoneAddress(): string {
  lastAddress = lastAddress >= 250 ? 2 : lastAddress + 1;
  return `127.0.0.${lastAddress}`;
}

/** What a browser on the relay's own pages sends: its Origin (the relay refuses anything else). */
export function pageHeaders(httpUrl: string): { headers: Record<string, string> } {
  return { headers: { Origin: new URL(httpUrl).origin } };
}

/** `ws` as the facilitator's browser WebSocket: from the relay's own page, on this machine. */
function facilitatorSocket(httpUrl: string): WebSocketFactory {
  const options = pageHeaders(httpUrl);
  return class extends WebSocket {
    constructor(url: string) {
      super(url, options);
    }
  } as unknown as WebSocketFactory;
}

type Waiter = { check: () => boolean; resolve: () => void };

class Waitable {
  private waiters: Waiter[] = [];

  /** Resolves once `check` holds (checked now and after every message). */
  until(check: () => boolean): Promise<void> {
    if (check()) return Promise.resolve();
    return new Promise((resolve) => this.waiters.push({ check, resolve }));
  }

  protected changed(): void {
    this.waiters = this.waiters.filter((w) => {
      if (!w.check()) return true;
      w.resolve();
      return false;
    });
  }
}

export class Phone extends Waitable {
  readonly ws: WebSocket;
  view: PhoneView | null = null;
  errors: string[] = [];
  ended = false;
  closed = false;
  received = 0;

  constructor(url: string, options?: WebSocket.ClientOptions) {
    super();
    this.ws = new WebSocket(wsUrl(url), { ...pageHeaders(url), localAddress: nextPhoneAddress(), ...options });
    this.ws.on('message', (data) => {
      this.received += 1;
      const message: RelayToPhone | null = parseFrame(RelayToPhoneSchema, data.toString());
      if (!message) throw new Error(`the relay sent a malformed frame: ${data.toString()}`);
      if (message.t === 'view') this.view = message;
      else if (message.t === 'ended') this.ended = true;
      else this.errors.push(message.code);
      this.changed();
    });
    this.ws.on('close', () => {
      this.closed = true;
      this.changed();
    });
    this.ws.on('error', () => {});
  }

  static async join(url: string, room: string, token?: string, options?: WebSocket.ClientOptions): Promise<Phone> {
    const phone = new Phone(url, options);
    await phone.opened();
    phone.send(token ? { t: 'join', room, token } : { t: 'join', room });
    await phone.until(() => phone.view !== null || phone.errors.length > 0 || phone.ended || phone.closed);
    return phone;
  }

  opened(): Promise<void> {
    if (this.ws.readyState === WebSocket.OPEN) return Promise.resolve();
    return new Promise((resolve, reject) => {
      this.ws.once('open', () => resolve());
      this.ws.once('error', reject);
    });
  }

  get token(): string {
    if (!this.view) throw new Error('this phone never joined');
    return this.view.token;
  }

  send(message: unknown): void {
    this.ws.send(typeof message === 'string' ? message : JSON.stringify(message));
  }

  vote(roundId: string, index: number): void {
    this.send({ t: 'vote', roundId, index });
  }

  /** Waits for the relay's acknowledgement (the view showing this vote). */
  async voteAndWait(roundId: string, index: number): Promise<void> {
    this.vote(roundId, index);
    await this.until(() => this.view?.round?.roundId === roundId && this.view.round.myVote === index);
  }

  /** Drops the connection without a closing handshake, like a phone going out of range. */
  drop(): void {
    this.ws.terminate();
  }

  close(): void {
    this.ws.close();
  }
}

export class Facilitator extends Waitable {
  readonly relay: FacilitatorRelay;
  room: RoomInfo | null = null;
  tally: TallyUpdate | null = null;
  participants = 0;
  errors: string[] = [];
  answers: { id: string; questionId: string; text: string }[] = [];

  constructor(url: string, secret: string) {
    super();
    this.relay = connectFacilitator({
      url: wsUrl(url),
      secret,
      lang: 'en',
      WebSocketImpl: facilitatorSocket(url),
      retryDelaysMs: [20, 50],
    });
    this.relay.on('room', (room) => {
      this.room = room;
      this.participants = room.participants;
      this.changed();
    });
    this.relay.on('tally', (tally) => {
      this.tally = tally;
      this.participants = tally.participants;
      this.changed();
    });
    this.relay.on('presence', (p) => {
      this.participants = p.participants;
      this.changed();
    });
    this.relay.on('answer', (a) => {
      this.answers.push(a);
      this.changed();
    });
    this.relay.on('error', (e) => {
      this.errors.push(e.code);
      this.changed();
    });
    this.relay.on('status', () => this.changed());
  }

  static async connect(url: string, secret: string): Promise<Facilitator> {
    const facilitator = new Facilitator(url, secret);
    await facilitator.until(() => facilitator.room !== null);
    return facilitator;
  }

  get code(): string {
    if (!this.room) throw new Error('no room yet');
    return this.room.code;
  }

  /** Resolves when a tally for `roundId` equals `counts`. */
  tallyReaches(roundId: string, counts: number[]): Promise<void> {
    return this.until(() => this.tally?.roundId === roundId && JSON.stringify(this.tally.counts) === JSON.stringify(counts));
  }
}

export const SECRET = 'facilitator-secret-0123456789abcdef';

/** A clock the test moves by hand. */
export function manualClock(start = 1_000_000): { now: () => number; advance: (ms: number) => void } {
  let time = start;
  return { now: () => time, advance: (ms) => (time += ms) };
}

/** Relays a test starts and sockets it opens, all closed after each test. */
export function relayPerTest(): { start: (options?: RelayOptions) => Promise<Relay>; open: { close(): void }[] } {
  const relays: Relay[] = [];
  const open: { close(): void }[] = [];
  afterEach(async () => {
    for (const c of open.splice(0)) c.close();
    for (const relay of relays.splice(0)) await relay.close();
  });
  return {
    open,
    start: async (options = {}) => {
      const relay = await startRelay(options);
      relays.push(relay);
      return relay;
    },
  };
}

/** A port nobody listens on now, on loopback. */
export function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const probe = createServer();
    probe.once('error', fail);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => done(port));
    });
  });
}
