// The workshop relay: one Node process serving the built game and a WebSocket room at
// /relay. We use `ws`, not socket.io: browsers speak WebSocket natively, so the phone page
// needs no client library and stays a few KB, and there is no second protocol to trust.
// Rooms live in memory and, given a store, are kept after every change so a restarted relay
// resumes them. Every frame is size-checked, rate-limited and validated; relay-guards.ts
// holds the limits per address, per token and relay-wide.
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
import { lanAddresses } from './lan.ts';
import { type BucketOptions, type Clock, systemClock, TokenBucket } from './rate-limit.ts';
import { fromOwnPages, type GuardLimits, Guards, isLocalAddress, ownHosts, remoteAddress } from './relay-guards.ts';
import { Room } from './room.ts';
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

type Conn =
  | { role: 'new'; failures: number }
  | { role: 'host'; room: Room }
  | { role: 'phone'; room: Room; token: string }
  | { role: 'gone' };

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

export async function startRelay(options: RelayOptions = {}): Promise<Relay> {
  const clock = options.clock ?? systemClock;
  const host = options.host ?? '127.0.0.1';
  const guards = new Guards(options.guards, clock);
  const lan = host === '0.0.0.0' ? lanAddresses() : [];
  const lanSet = new Set(lan);
  const isLocal = (address: string) => isLocalAddress(address) || lanSet.has(address.replace(/^::ffff:/, ''));
  let publicUrl = '';
  const store = options.store ?? memoryOnly;
  const rooms = new RoomRegistry({
    clock,
    maxRooms: options.maxRooms ?? DEFAULTS.maxRooms,
    maxPhones: options.maxPhones ?? DEFAULTS.maxPhones,
    maxLinksPerPhone: guards.limits.linksPerPhone,
    maxRoomsPerAddress: guards.limits.roomsPerAddress,
    idleMs: options.idleMs ?? DEFAULTS.idleMs,
    joinUrlFor: (code) => `${publicUrl}${JOIN_PATH}?room=${code}`,
    store,
    isLocal,
  });
  await rooms.restore();

  const server = createServer((request, response) => {
    const path = (request.url ?? '/').split('?')[0];
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
  const alive = new WeakSet<WebSocket>();
  const wss = new WebSocketServer({ noServer: true, maxPayload: LIMITS.facilitatorFrame });
  server.on('upgrade', (request: IncomingMessage, socket: Duplex, head: Buffer) => {
    const path = (request.url ?? '').split('?')[0];
    if (path !== RELAY_PATH || !fromOwnPages(request, hosts)) {
      socket.end('HTTP/1.1 403 Forbidden\r\nConnection: close\r\n\r\n');
      return;
    }
    const address = remoteAddress(request);
    // Idle sockets that never join must not use up the relay's file descriptors.
    if (!guards.admits(address)) {
      socket.destroy();
      return;
    }
    wss.handleUpgrade(request, socket, head, (ws) => accept(ws, address));
  });

  function accept(ws: WebSocket, address: string): void {
    let conn: Conn = { role: 'new', failures: 0 };
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

    const first = (raw: string) => {
      const message = parseFrame(FirstMessageSchema, raw);
      if (!message || conn.role !== 'new') return refuse('bad-message');
      if (message.t === 'host') {
        const resuming = rooms.lookupSecret(message.secret);
        if (!resuming && !isLocal(address) && !guards.newRooms.take(address)) return refuse('too-many-rooms');
        const hosted = rooms.host(message.secret, message.lang, address);
        if ('error' in hosted) return refuse(hosted.error);
        leavePending();
        conn = { role: 'host', room: hosted.room };
        hosted.room.attachHost(link, hosted.resumed);
        return;
      }
      if (!guards.joins.take(address)) return cutOff('rate-limited');
      const found = rooms.lookup(message.room);
      const returning = found instanceof Room && found.knows(message.token);
      // Asked before looking, so a guesser out of budget learns nothing about the code.
      if (!returning && !guards.mayGuess(address)) return cutOff('busy');
      if (found === undefined) {
        guards.wrongCode(address);
        conn.failures += 1;
        if (conn.failures >= MAX_JOIN_FAILURES) return cutOff('unknown-room');
        return refuse('unknown-room');
      }
      if (found === 'ended') return send({ t: 'ended' });
      if (!returning && !guards.newTokens.take(address)) return cutOff('rate-limited');
      const joined = found.join(link, returning ? message.token : undefined);
      if ('error' in joined) return cutOff(joined.error);
      leavePending();
      conn = { role: 'phone', room: found, token: joined.token };
    };

    ws.on('pong', () => alive.add(ws));

    ws.on('message', (data: RawData, isBinary: boolean) => {
      const bucket = conn.role === 'host' ? hostBucket : phoneBucket;
      if (!bucket.take()) return refuse('rate-limited');
      const size = frameSize(data);
      if (isBinary) return refuse('bad-message');
      if (conn.role !== 'host' && size > LIMITS.phoneFrame) return refuse('too-big');
      const raw = data.toString();

      if (conn.role === 'new') return first(raw);
      if (conn.role === 'gone') return;

      if (conn.role === 'host') {
        const message = parseFrame(FacilitatorMessageSchema, raw);
        if (!message) return refuse('bad-message');
        const error = conn.room.command(message);
        if (error) refuse(error);
        return;
      }

      const message = parseFrame(PhoneMessageSchema, raw);
      if (!message || message.t === 'join') return refuse('bad-message');
      const error =
        message.t === 'vote'
          ? conn.room.vote(conn.token, message.roundId, message.index)
          : conn.room.answer(conn.token, message.questionId, message.text);
      if (error) refuse(error);
    });

    ws.on('close', () => {
      leavePending();
      if (conn.role === 'host') conn.room.detachHost(link);
      else if (conn.role === 'phone') conn.room.leave(link, conn.token);
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
          rooms.sweep();
          heartbeat();
        }, every);
  timer?.unref();

  const shutDown = async (endRooms: boolean) => {
    clearInterval(timer);
    if (endRooms) rooms.endAll();
    for (const ws of wss.clients) ws.terminate();
    await store.flush();
    await new Promise<void>((done) => wss.close(() => done()));
    await new Promise<void>((done) => server.close(() => done()));
  };

  return {
    url,
    publicUrl,
    port,
    sweep: () => {
      rooms.sweep();
      guards.prune();
    },
    stats: () => ({ rooms: rooms.live(), connections: wss.clients.size }),
    close: () => shutDown(true),
    stop: () => shutDown(false),
  };
}

function frameSize(data: RawData): number {
  if (Array.isArray(data)) return data.reduce((n, b) => n + b.length, 0);
  return data instanceof ArrayBuffer ? data.byteLength : data.length;
}
