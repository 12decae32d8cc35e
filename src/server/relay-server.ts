// The workshop relay: one Node process serving the built game and a WebSocket room at
// /relay. We use `ws`, not socket.io: browsers speak WebSocket natively, so the phone page
// needs no client library and stays a few KB, and there is no second protocol to trust.
// Rooms live in this process (kept after every change in a store, so a restarted relay resumes
// them) or, given a hub from redis-hub.ts, in Redis, shared by several relay processes. Every
// frame is size-checked, rate-limited and validated; relay-guards.ts holds the limits per
// address, per token and relay-wide.
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Duplex } from 'node:stream';
import { type RawData, WebSocket, WebSocketServer } from 'ws';
import {
  type ErrorCode,
  FacilitatorMessageSchema,
  FirstMessageSchema,
  JOIN_PATH,
  LIMITS,
  PhoneMessageSchema,
  PROTOCOL_VERSION,
  parseFrame,
  RELAY_INFO_PATH,
  RELAY_PATH,
} from '../workshop/relay-protocol.ts';
import { securityHeaders } from './content-policy.ts';
import { lanAddresses } from './lan.ts';
import { type BucketOptions, type Clock, systemClock, TokenBucket } from './rate-limit.ts';
import { fromOwnPages, type GuardLimits, Guards, isLocalAddress, ownHosts, remoteAddress } from './relay-guards.ts';
import { type HostSession, MemoryHub, type PhoneSession, type RoomHub } from './room-hub.ts';
import { RoomRegistry } from './room-registry.ts';
import { memoryOnly, type RoomStore } from './room-store.ts';
import { serveStatic } from './static-files.ts';

export interface RelayOptions {
  port?: number;
  /** '127.0.0.1' (default) for tests; '0.0.0.0' to let phones on the LAN in. */
  host?: string;
  /** The built game; without it only /relay and /relay-info answer. */
  staticDir?: string;
  clock?: Clock;
  maxPhones?: number;
  maxRooms?: number;
  /** A room nobody has touched for this long is ended and forgotten. */
  idleMs?: number;
  /** Where phones should go, when it differs from what the relay can work out. */
  publicUrl?: string;
  phoneRate?: BucketOptions;
  hostRate?: BucketOptions;
  /** Limits per address, per token and relay-wide (see relay-guards.ts). */
  guards?: Partial<GuardLimits>;
  /** Where live rooms are kept for a restart; without it they live in memory only. */
  store?: RoomStore;
  /** Real-time housekeeping (idle expiry, dead sockets); tests call sweep() instead. */
  sweepEveryMs?: number | null;
  /** Rooms somewhere else than this process (Redis, shared by several relays); `store` is then unused. */
  hub?: (context: HubContext) => Promise<RoomHub>;
  /**
   * Behind a reverse proxy: which peers are the proxy, whose X-Forwarded-For names the client
   * (relay-guards.ts, proxyTrust). Without it every peer is the client.
   */
  isProxy?: (peer: string) => boolean;
  /** Origins of pages elsewhere (the game on another host) that may open the relay's socket. */
  gameOrigins?: readonly string[];
}

/** What a hub needs to know of the relay it serves. */
export interface HubContext {
  clock: Clock;
  maxRooms: number;
  maxPhones: number;
  maxLinksPerPhone: number;
  idleMs: number;
  joinUrlFor: (code: string) => string;
  /** The relay-wide budget of wrong room codes, for a hub that counts them for all processes. */
  wrongCodes: BucketOptions;
}

export interface Relay {
  /** http://host:port of this relay, for this machine. */
  url: string;
  /** http://address:port phones can reach (the LAN address when listening on all interfaces). */
  publicUrl: string;
  port: number;
  sweep(): void;
  stats(): { rooms: number; connections: number };
  /** Ends every room (phones hear "ended"), forgets what was kept, and stops. */
  close(): Promise<void>;
  /** Stops but keeps the rooms for the next start (phones hear a lost connection and retry). */
  stop(): Promise<void>;
}

type Conn = { role: 'new' } | { role: 'host'; session: HostSession } | { role: 'phone'; session: PhoneSession } | { role: 'gone' };

const DEFAULTS = {
  maxPhones: 300,
  maxRooms: 20,
  idleMs: 3 * 60 * 60 * 1000,
  phoneRate: { burst: 8, perSecond: 4 },
  hostRate: { burst: 60, perSecond: 30 },
  sweepEveryMs: 30_000,
};
/** Refused frames a connection may send before we hang up on it. */
const MAX_STRIKES = 50;
/** Wrong room codes a connection may try before we hang up (slows down code guessing). */
const MAX_JOIN_FAILURES = 5;
/** A peer that stops reading is cut off rather than buffered without end. */
const MAX_BUFFERED = 1 << 20;
/** Messages of one connection waiting for the rooms (Redis slow or away) before we refuse more. */
const MAX_QUEUED = 16;

export async function startRelay(options: RelayOptions = {}): Promise<Relay> {
  const clock = options.clock ?? systemClock;
  const host = options.host ?? '127.0.0.1';
  const guards = new Guards(options.guards, clock);
  const lan = host === '0.0.0.0' ? lanAddresses() : [];
  const lanSet = new Set(lan);
  const isLocal = (address: string) => isLocalAddress(address) || lanSet.has(address.replace(/^::ffff:/, ''));
  let publicUrl = '';
  const store = options.store ?? memoryOnly;
  const context: HubContext = {
    clock,
    maxRooms: options.maxRooms ?? DEFAULTS.maxRooms,
    maxPhones: options.maxPhones ?? DEFAULTS.maxPhones,
    maxLinksPerPhone: guards.limits.linksPerPhone,
    idleMs: options.idleMs ?? DEFAULTS.idleMs,
    joinUrlFor: (code) => `${publicUrl}${JOIN_PATH}?room=${code}`,
    wrongCodes: guards.limits.wrongCodes,
  };
  const hub = options.hub ? await options.hub(context) : await memoryHub(context, store, guards, isLocal);
  // Guessing codes through several processes must not multiply the relay-wide budget.
  if (hub.countsGuesses) guards.leaveRelayWideGuessesToRooms();
  const clientAddress = (request: IncomingMessage) => remoteAddress(request, options.isProxy);

  const server = createServer((request, response) => {
    const path = (request.url ?? '/').split('?')[0];
    for (const [name, value] of securityHeaders(request.headers.host)) response.setHeader(name, value);
    if (path === RELAY_INFO_PATH) {
      response.writeHead(200, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' });
      response.end(JSON.stringify({ relay: true, version: PROTOCOL_VERSION }));
      return;
    }
    if (!options.staticDir) {
      response.writeHead(404).end();
      return;
    }
    serveStatic(options.staticDir, request, response).catch(() => {
      if (!response.headersSent) response.writeHead(500);
      response.end();
    });
  });
  // A client that opens a socket and never finishes its request is not kept waiting for.
  server.headersTimeout = 10_000;
  server.requestTimeout = 30_000;

  let hosts = new Set<string>();
  const gameOrigins = new Set(options.gameOrigins ?? []);
  const alive = new WeakSet<WebSocket>();
  const wss = new WebSocketServer({ noServer: true, maxPayload: LIMITS.facilitatorFrame });
  server.on('upgrade', (request: IncomingMessage, socket: Duplex, head: Buffer) => {
    const path = (request.url ?? '').split('?')[0];
    if (path !== RELAY_PATH || !fromOwnPages(request, hosts, gameOrigins)) {
      socket.end('HTTP/1.1 403 Forbidden\r\nConnection: close\r\n\r\n');
      return;
    }
    const address = clientAddress(request);
    // Idle sockets that never join must not use up the relay's file descriptors.
    if (!guards.admits(address)) {
      socket.destroy();
      return;
    }
    wss.handleUpgrade(request, socket, head, (ws) => accept(ws, address));
  });

  function accept(ws: WebSocket, address: string): void {
    let conn: Conn = { role: 'new' };
    let failures = 0;
    let strikes = 0;
    alive.add(ws);
    guards.pending.add(address);
    const leavePending = () => {
      if (conn.role !== 'new') return;
      guards.pending.remove(address);
      clearTimeout(joinTimer);
    };
    const joinTimer = setTimeout(() => ws.terminate(), guards.limits.joinTimeoutMs);
    const phoneBucket = new TokenBucket(options.phoneRate ?? DEFAULTS.phoneRate, clock);
    const hostBucket = new TokenBucket(options.hostRate ?? DEFAULTS.hostRate, clock);
    const send = (message: object) => {
      if (ws.readyState !== WebSocket.OPEN) return;
      if (ws.bufferedAmount > MAX_BUFFERED) {
        ws.terminate();
        return;
      }
      ws.send(JSON.stringify(message));
    };
    const link = { send, close: () => ws.close(1000) };
    const refuse = (code: ErrorCode) => {
      strikes += 1;
      send({ t: 'error', code });
      if (strikes > MAX_STRIKES) ws.terminate();
    };
    /** Says why, then cuts the connection at once: no closing handshake to wait for. */
    const cutOff = (code: ErrorCode) => {
      send({ t: 'error', code });
      ws.terminate();
    };

    const first = async (raw: string): Promise<void> => {
      const message = parseFrame(FirstMessageSchema, raw);
      if (!message) return refuse('bad-message');
      if (message.t === 'host') {
        const resuming = await hub.hosts(message.secret);
        if (!resuming && !isLocal(address) && !guards.newRooms.take(address)) return refuse('too-many-rooms');
        const session = await hub.host({ secret: message.secret, lang: message.lang, address, link });
        if ('error' in session) return refuse(session.error);
        return enter({ role: 'host', session });
      }
      if (!guards.joins.take(address)) return cutOff('rate-limited');
      const found = await hub.find(message.room, message.token);
      const returning = found === 'returning';
      // Asked before answering, so a guesser out of budget learns nothing about the code.
      if (found === 'busy' || (!returning && !guards.mayGuess(address))) return cutOff('busy');
      if (found === 'unknown') {
        guards.wrongCode(address);
        failures += 1;
        if (failures >= MAX_JOIN_FAILURES) return cutOff('unknown-room');
        return refuse('unknown-room');
      }
      if (found === 'ended') return send({ t: 'ended' });
      if (!returning && !guards.newTokens.take(address)) return cutOff('rate-limited');
      const joined = await hub.join(message.room, returning ? message.token : undefined, link);
      if (joined === 'ended') return send({ t: 'ended' });
      if ('error' in joined) return cutOff(joined.error);
      return enter({ role: 'phone', session: joined });
    };

    /** In a room: unless the socket closed while the rooms were asked, then out again. */
    const enter = (next: Conn) => {
      if (conn.role === 'gone') {
        if (next.role === 'host') next.session.detach();
        else if (next.role === 'phone') next.session.leave();
        return;
      }
      leavePending();
      conn = next;
    };

    const handle = async (raw: string): Promise<void> => {
      if (conn.role === 'new') return first(raw);
      if (conn.role === 'gone') return;
      if (conn.role === 'host') {
        const message = parseFrame(FacilitatorMessageSchema, raw);
        if (!message) return refuse('bad-message');
        const error = await conn.session.command(message);
        if (error) refuse(error);
        return;
      }
      const message = parseFrame(PhoneMessageSchema, raw);
      if (!message || message.t === 'join') return refuse('bad-message');
      const session = conn.session;
      const error =
        message.t === 'vote'
          ? await session.vote(message.roundId, message.index)
          : message.t === 'check'
            ? await session.check(message.moment, message.answers)
            : await session.answer(message.questionId, message.text);
      if (error) refuse(error);
    };

    ws.on('pong', () => alive.add(ws));

    // One message at a time per connection: a vote must not overtake the join before it.
    let queue: Promise<void> = Promise.resolve();
    let queued = 0;
    ws.on('message', (data: RawData, isBinary: boolean) => {
      const bucket = conn.role === 'host' ? hostBucket : phoneBucket;
      if (!bucket.take()) return refuse('rate-limited');
      const size = frameSize(data);
      if (isBinary) return refuse('bad-message');
      if (conn.role !== 'host' && size > LIMITS.phoneFrame) return refuse('too-big');
      if (queued >= MAX_QUEUED) return refuse('busy');
      const raw = data.toString();
      queued += 1;
      queue = queue
        .then(() => handle(raw))
        // The rooms could not be reached (Redis away past its retries): say so, keep the socket.
        .catch(() => send({ t: 'error', code: 'busy' }))
        .finally(() => {
          queued -= 1;
        });
    });

    ws.on('close', () => {
      leavePending();
      if (conn.role === 'host') conn.session.detach();
      else if (conn.role === 'phone') conn.session.leave();
      conn = { role: 'gone' };
    });
    ws.on('error', () => ws.terminate());
  }

  function heartbeat(): void {
    // A phone that vanished without closing (out of range, battery) answers no ping.
    for (const ws of wss.clients) {
      if (!alive.has(ws)) ws.terminate();
      else {
        alive.delete(ws);
        ws.ping();
      }
    }
    guards.prune();
  }

  await new Promise<void>((resolveListen, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => resolveListen());
  });
  const port = (server.address() as AddressInfo).port;
  const url = `http://${host === '0.0.0.0' ? '127.0.0.1' : host}:${port}`;
  publicUrl = (options.publicUrl ?? (lan[0] ? `http://${lan[0]}:${port}` : url)).replace(/\/$/, '');
  hosts = ownHosts({ port, listening: host, lan, publicUrl });

  const every = options.sweepEveryMs === undefined ? DEFAULTS.sweepEveryMs : options.sweepEveryMs;
  const timer =
    every === null
      ? undefined
      : setInterval(() => {
          hub.sweep();
          heartbeat();
        }, every);
  timer?.unref();

  const shutDown = async (endRooms: boolean) => {
    clearInterval(timer);
    if (endRooms) await hub.endAll();
    for (const ws of wss.clients) ws.terminate();
    await hub.stop();
    await new Promise<void>((done) => wss.close(() => done()));
    await new Promise<void>((done) => server.close(() => done()));
  };

  return {
    url,
    publicUrl,
    port,
    sweep: () => {
      hub.sweep();
      guards.prune();
    },
    stats: () => ({ rooms: hub.live(), connections: wss.clients.size }),
    close: () => shutDown(true),
    stop: () => shutDown(false),
  };
}

/** This process's rooms, resumed from the store a previous run kept them in. */
async function memoryHub(context: HubContext, store: RoomStore, guards: Guards, isLocal: (a: string) => boolean): Promise<RoomHub> {
  const rooms = new RoomRegistry({
    ...context,
    maxRoomsPerAddress: guards.limits.roomsPerAddress,
    store,
    isLocal,
  });
  await rooms.restore();
  return new MemoryHub(rooms, () => store.flush());
}

function frameSize(data: RawData): number {
  if (Array.isArray(data)) return data.reduce((n, b) => n + b.length, 0);
  return data instanceof ArrayBuffer ? data.byteLength : data.length;
}
