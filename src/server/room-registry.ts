// The relay's rooms, by code (for phones) and by facilitator secret (for the host), with
// the room cap, idle expiry and making way for abandoned rooms. All in memory.
import type { RelayLang } from '../workshop/relay-protocol.ts';
import type { Clock } from './rate-limit.ts';
import { Room } from './room.ts';
import { newRoomCode, newToken } from './secrets.ts';

export interface RegistryOptions {
  clock: Clock;
  maxRooms: number;
  maxPhones: number;
  idleMs: number;
  /** Where phones join, without the code: `${base}/join?room=`. */
  joinUrlFor: (code: string) => string;
}

/** A room nobody is in for this long may make way at the room cap. */
const ABANDONED_MS = 60_000;

export class RoomRegistry {
  private readonly byCode = new Map<string, Room>();
  private readonly bySecret = new Map<string, Room>();
  private readonly options: RegistryOptions;

  constructor(options: RegistryOptions) {
    this.options = options;
  }

  byRoomCode(code: string): Room | undefined {
    return this.byCode.get(code);
  }

  /** The facilitator's room: theirs again (resumed), a new one, or null at the cap. */
  host(secret: string, lang: RelayLang): { room: Room; resumed: boolean } | null {
    const existing = this.bySecret.get(secret);
    if (existing && !existing.ended) return { room: existing, resumed: true };
    if (this.live() >= this.options.maxRooms && !this.evictAbandoned()) return null;
    const code = newRoomCode((c) => this.byCode.has(c));
    const room = new Room({
      code,
      lang,
      joinUrl: this.options.joinUrlFor(code),
      maxPhones: this.options.maxPhones,
      now: () => this.options.clock.now(),
      newToken,
      schedule: (task) => setImmediate(task),
    });
    this.byCode.set(code, room);
    this.bySecret.set(secret, room);
    return { room, resumed: false };
  }

  live(): number {
    let n = 0;
    for (const room of this.byCode.values()) if (!room.ended) n += 1;
    return n;
  }

  /** Ends and forgets rooms idle for too long. */
  sweep(): void {
    const now = this.options.clock.now();
    for (const [code, room] of this.byCode) if (room.idleFor(now) >= this.options.idleMs) this.forget(code, room);
  }

  endAll(): void {
    for (const [code, room] of this.byCode) this.forget(code, room);
  }

  /** So stray or hostile rooms cannot lock out the facilitator who arrives next. */
  private evictAbandoned(): boolean {
    const now = this.options.clock.now();
    for (const [code, room] of this.byCode) {
      if (room.ended || room.hasHost || room.connected > 0 || room.idleFor(now) < ABANDONED_MS) continue;
      this.forget(code, room);
      return true;
    }
    return false;
  }

  private forget(code: string, room: Room): void {
    room.end();
    this.byCode.delete(code);
    for (const [secret, r] of this.bySecret) if (r === room) this.bySecret.delete(secret);
  }
}
