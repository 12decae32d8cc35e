// The relay's fences against one person with a script (issue 15): what one address, one
// phone token and the whole relay may do, and which Host and Origin the relay answers to.
// Every limit is an option so the attack suite can run in seconds; the defaults are for a
// room of up to 300 people on one Wi-Fi, where each phone has its own address.
import type { IncomingMessage } from 'node:http';
import { type BucketOptions, type Clock, KeyedBuckets, KeyedCount, TokenBucket } from './rate-limit.ts';

export interface GuardLimits {
  /** Connections one phone token may hold at once. */
  linksPerPhone: number;
  /** New phone tokens one address may be given (a real phone needs one, kept over reloads). */
  newTokensPerAddress: BucketOptions;
  /** Join attempts (right or wrong code, new or known token) per address. */
  joinsPerAddress: BucketOptions;
  /** Wrong room codes per address, and relay-wide (the answer to guessing from many addresses). */
  wrongCodesPerAddress: BucketOptions;
  wrongCodes: BucketOptions;
  /** New rooms per address (the relay's own machine is not limited). */
  newRoomsPerAddress: BucketOptions;
  /** Live rooms one address may host. */
  roomsPerAddress: number;
  /** A connection that has not joined or hosted by then is cut off. */
  joinTimeoutMs: number;
  /** Connections not yet in a room, per address and in all. */
  pendingPerAddress: number;
  pending: number;
}

const PER_MINUTE = 1 / 60;

export const DEFAULT_GUARDS: GuardLimits = {
  linksPerPhone: 4,
  newTokensPerAddress: { burst: 10, perSecond: 10 * PER_MINUTE },
  joinsPerAddress: { burst: 30, perSecond: 30 * PER_MINUTE },
  wrongCodesPerAddress: { burst: 5, perSecond: 5 * PER_MINUTE },
  wrongCodes: { burst: 10, perSecond: 5 },
  newRoomsPerAddress: { burst: 5, perSecond: 5 * PER_MINUTE },
  roomsPerAddress: 2,
  joinTimeoutMs: 10_000,
  pendingPerAddress: 10,
  pending: 256,
};

/** The buckets and counts the guards keep while the relay runs. */
export class Guards {
  readonly limits: GuardLimits;
  readonly newTokens: KeyedBuckets;
  readonly joins: KeyedBuckets;
  readonly wrongCodesOf: KeyedBuckets;
  readonly wrongCodes: TokenBucket;
  readonly newRooms: KeyedBuckets;
  readonly pending = new KeyedCount();
  /** Null when the rooms' store counts relay-wide wrong codes for every process (Redis). */
  private relayWide: TokenBucket | null;

  constructor(limits: Partial<GuardLimits> | undefined, clock: Clock) {
    this.limits = { ...DEFAULT_GUARDS, ...limits };
    this.newTokens = new KeyedBuckets(this.limits.newTokensPerAddress, clock);
    this.joins = new KeyedBuckets(this.limits.joinsPerAddress, clock);
    this.wrongCodesOf = new KeyedBuckets(this.limits.wrongCodesPerAddress, clock);
    this.wrongCodes = new TokenBucket(this.limits.wrongCodes, clock);
    this.newRooms = new KeyedBuckets(this.limits.newRoomsPerAddress, clock);
    this.relayWide = this.wrongCodes;
  }

  /** Relay processes that share rooms share the relay-wide wrong-code budget too (kept there). */
  leaveRelayWideGuessesToRooms(): void {
    this.relayWide = null;
  }

  /** Room for one more connection that has not joined yet? */
  admits(address: string): boolean {
    return this.pending.of(address) < this.limits.pendingPerAddress && this.pending.total < this.limits.pending;
  }

  /** May this address try a code the relay does not know to be theirs? Asked before looking. */
  mayGuess(address: string): boolean {
    return this.wrongCodesOf.has(address) && (this.relayWide?.has() ?? true);
  }

  wrongCode(address: string): void {
    this.wrongCodesOf.take(address);
    this.relayWide?.take();
  }

  prune(): void {
    for (const buckets of [this.newTokens, this.joins, this.wrongCodesOf, this.newRooms]) buckets.prune();
  }
}

const LOCAL = new Set(['127.0.0.1', '::1', '::ffff:127.0.0.1']);

/** The relay's own machine (its facilitator), as opposed to phones and anyone else. */
export function isLocalAddress(address: string): boolean {
  return LOCAL.has(address);
}

/**
 * The client's address. Behind a reverse proxy, every socket comes from the proxy, and the
 * client is the last address the proxy appended to X-Forwarded-For (earlier entries are
 * whatever the client sent, so never trusted). Only a socket from a proxy we were told to
 * trust (`isProxy`) is taken at its word.
 */
export function remoteAddress(request: IncomingMessage, isProxy: (peer: string) => boolean = () => false): string {
  const peer = request.socket.remoteAddress ?? 'unknown';
  if (!isProxy(peer)) return peer;
  const forwarded = request.headers['x-forwarded-for'];
  const list = (Array.isArray(forwarded) ? forwarded.join(',') : (forwarded ?? '')).split(',');
  const last = list.at(-1)?.trim();
  // Without the header it is the proxy's own health check, or a client on this machine.
  return last && /^[0-9A-Fa-f:.]{2,45}$/.test(last) ? last : peer;
}

/**
 * TRUST_PROXY: 'off', or a comma-separated list of proxy addresses (a trailing '.' or ':'
 * makes a prefix, e.g. '172.17.' for Docker's bridge); unset means loopback, a proxy on the
 * same machine.
 */
export function proxyTrust(setting: string | undefined): (peer: string) => boolean {
  const value = (setting ?? 'loopback').trim();
  if (value === 'off' || value === '') return () => false;
  const entries = value
    .split(',')
    .map((e) => e.trim())
    .filter(Boolean);
  return (peer) => {
    const bare = peer.replace(/^::ffff:/, '');
    return entries.some((e) => (e === 'loopback' ? isLocalAddress(peer) : /[.:]$/.test(e) ? bare.startsWith(e) : bare === e));
  };
}

/** host:port names this relay answers to: loopback, its listening address, the LAN, PUBLIC_URL. */
export function ownHosts(options: { port: number; listening: string; lan: readonly string[]; publicUrl: string }): Set<string> {
  const names = ['localhost', '127.0.0.1', '[::1]', ...options.lan];
  if (options.listening !== '0.0.0.0' && options.listening !== '::') names.push(options.listening);
  const hosts = new Set(names.map((name) => `${name}:${options.port}`));
  try {
    hosts.add(new URL(options.publicUrl).host);
  } catch {
    // No usable public address: the others still answer.
  }
  return hosts;
}

/**
 * Browsers always send Origin with a WebSocket; a page of another site (or a DNS name that
 * was made to point here) sends its own, and a forged Host names nothing of ours. The game
 * served from another host (GAME_ORIGINS) may connect by its exact origin.
 */
export function fromOwnPages(request: IncomingMessage, hosts: ReadonlySet<string>, gameOrigins: ReadonlySet<string> = new Set()): boolean {
  const host = request.headers.host;
  const origin = request.headers.origin;
  if (!host || !origin || !hosts.has(host)) return false;
  if (gameOrigins.has(origin)) return true;
  try {
    return hosts.has(new URL(origin).host);
  } catch {
    return false;
  }
}
