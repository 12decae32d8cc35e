// The relay's rooms, by code (for phones) and by a hash of the facilitator's secret (for the
// host), with the room caps, idle expiry, making way for abandoned rooms, and the store that
// lets a restarted relay resume them. Every lookup is by key: an ended room is forgotten at
// once, and nothing scans all rooms per room.
import { createHash } from 'node:crypto';
import type { RelayLang } from '../workshop/relay-protocol.ts';
import type { Clock } from './rate-limit.ts';
import { Room, type RoomOptions } from './room.ts';
import type { RoomStore } from './room-store.ts';
import { newRoomCode, newToken } from './secrets.ts';

export interface RegistryOptions {
  clock: Clock;
  maxRooms: number;
  maxPhones: number;
  maxLinksPerPhone: number;
  /** Live rooms one address may host; the relay's own machine is not limited. */
  maxRoomsPerAddress: number;
  idleMs: number;
  /** Where phones join, without the code: `${base}/join?room=`. */
  joinUrlFor: (code: string) => string;
  store: RoomStore;
  /** The relay's own machine: its facilitator always gets a room. */
  isLocal: (address: string) => boolean;
}

export type HostOutcome = { room: Room; resumed: boolean } | { error: 'too-many-rooms' };

/** A room nobody is in for this long may make way at the room cap. */
const ABANDONED_MS = 60_000;
/** Codes of ended rooms remembered, so a phone coming back hears "ended", not "no such room". */
const ENDED_REMEMBERED = 10_000;

export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}

export class RoomRegistry {
  private readonly byCode = new Map<string, Room>();
  private readonly bySecret = new Map<string, Room>();
  private readonly hostAddress = new Map<Room, string>();
  private readonly roomsOf = new Map<string, number>();
  /** Code → when it ended; insertion order is age order, so the oldest go first. */
  private readonly endedCodes = new Map<string, number>();
  private readonly options: RegistryOptions;
  private readonly roomOptions: RoomOptions;

  constructor(options: RegistryOptions) {
    this.options = options;
    this.roomOptions = {
      joinUrlFor: options.joinUrlFor,
      maxPhones: options.maxPhones,
      maxLinksPerPhone: options.maxLinksPerPhone,
      now: () => options.clock.now(),
      newToken,
      schedule: (task) => setImmediate(task),
      persist: (snapshot) => options.store.save(snapshot),
      onEnd: (room) => this.forget(room),
    };
  }

  /** Resumes the rooms a previous run kept, except those idle past the limit (deleted). */
  async restore(): Promise<number> {
    const now = this.options.clock.now();
    for (const saved of await this.options.store.load()) {
      if (now - saved.lastActivity >= this.options.idleMs || this.byCode.has(saved.code)) {
        await this.options.store.delete(saved.code);
        continue;
      }
      const room = Room.restore(saved, this.roomOptions);
      this.byCode.set(room.code, room);
      this.bySecret.set(room.secretHash, room);
    }
    return this.byCode.size;
  }

  /** A live room, 'ended' for a room that ended lately, or undefined. */
  lookup(code: string): Room | 'ended' | undefined {
    return this.byCode.get(code) ?? (this.endedCodes.has(code) ? 'ended' : undefined);
  }

  /** The room this secret hosts, if any. */
  lookupSecret(secret: string): Room | undefined {
    return this.bySecret.get(hashSecret(secret));
  }

  /** The facilitator's room: theirs again (resumed), a new one, or an error at the caps. */
  host(secret: string, lang: RelayLang, address: string): HostOutcome {
    const secretHash = hashSecret(secret);
    const existing = this.bySecret.get(secretHash);
    if (existing) {
      if (!this.hostAddress.has(existing)) this.countRoom(existing, address);
      return { room: existing, resumed: true };
    }
    const local = this.options.isLocal(address);
    if (!local && (this.roomsOf.get(address) ?? 0) >= this.options.maxRoomsPerAddress) return { error: 'too-many-rooms' };
    if (this.live() >= this.options.maxRooms && !this.makeWay(local)) return { error: 'too-many-rooms' };
    const code = newRoomCode((c) => this.byCode.has(c) || this.endedCodes.has(c));
    const room = new Room({ code, lang, secretHash }, this.roomOptions);
    this.byCode.set(code, room);
    this.bySecret.set(secretHash, room);
    this.countRoom(room, address);
    room.persistNow();
    return { room, resumed: false };
  }

  live(): number {
    return this.byCode.size;
  }

  /** Ends and forgets rooms idle for too long. */
  sweep(): void {
    const now = this.options.clock.now();
    for (const room of [...this.byCode.values()]) if (room.idleFor(now) >= this.options.idleMs) room.end();
  }

  /** Ends every room (and deletes what was kept of them). */
  endAll(): void {
    for (const room of [...this.byCode.values()]) room.end();
  }

  private countRoom(room: Room, address: string): void {
    this.hostAddress.set(room, address);
    this.roomsOf.set(address, (this.roomsOf.get(address) ?? 0) + 1);
  }

  /**
   * At the cap: a room nobody has been in for a minute goes. The relay's own facilitator may
   * also push out a room hosted from elsewhere (the emptiest, then the oldest), so rooms made
   * by a script on the network cannot keep the real workshop out.
   */
  private makeWay(local: boolean): boolean {
    const now = this.options.clock.now();
    const rooms = [...this.byCode.values()];
    const abandoned = rooms.find((r) => !r.hasHost && r.connected === 0 && r.idleFor(now) >= ABANDONED_MS);
    if (abandoned) {
      abandoned.end();
      return true;
    }
    if (!local) return false;
    const remote = rooms.filter((r) => {
      const address = this.hostAddress.get(r);
      return address === undefined || !this.options.isLocal(address);
    });
    remote.sort((a, b) => Number(a.hasHost) - Number(b.hasHost) || a.connected - b.connected || b.idleFor(now) - a.idleFor(now));
    const victim = remote[0];
    if (!victim) return false;
    victim.end();
    return true;
  }

  private forget(room: Room): void {
    if (this.byCode.get(room.code) !== room) return;
    this.byCode.delete(room.code);
    this.bySecret.delete(room.secretHash);
    const address = this.hostAddress.get(room);
    this.hostAddress.delete(room);
    if (address !== undefined) {
      const left = (this.roomsOf.get(address) ?? 1) - 1;
      if (left > 0) this.roomsOf.set(address, left);
      else this.roomsOf.delete(address);
    }
    this.endedCodes.set(room.code, this.options.clock.now());
    for (const code of this.endedCodes.keys()) {
      if (this.endedCodes.size <= ENDED_REMEMBERED) break;
      this.endedCodes.delete(code);
    }
    void this.options.store.delete(room.code);
  }
}
