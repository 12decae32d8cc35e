// Where the relay keeps live rooms between runs. One small interface so another backend (a
// shared store for several relay processes) can take the file store's place.
//
// FileRoomStore: one JSON file per room (`<CODE>.json`) in a folder of its own, written to a
// temporary file and renamed over the old one, so a relay killed mid-write leaves the old
// snapshot or the new one, never half of one. Saves of one room are coalesced: while a write
// is under way only the newest snapshot waits, and every caller learns when a write that
// includes its change is on disk.
import { mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseSnapshot, type RoomSnapshot } from './room-snapshot.ts';

export interface RoomStore {
  /** Every room saved and not deleted (unreadable entries are skipped and removed). */
  load(): Promise<RoomSnapshot[]>;
  /** Resolves once this snapshot (or a newer one of the same room) is stored. */
  save(snapshot: RoomSnapshot): Promise<void>;
  delete(code: string): Promise<void>;
  /** Resolves when nothing is waiting to be written. */
  flush(): Promise<void>;
}

/** Keeps nothing: the relay's rooms live and die with the process (tests, and no folder given). */
export const memoryOnly: RoomStore = {
  load: async () => [],
  save: async () => {},
  delete: async () => {},
  flush: async () => {},
};

interface Slot {
  writing: Promise<void> | null;
  next: RoomSnapshot | null;
  waiters: (() => void)[];
  deleted: boolean;
}

const CODE_FILE = /^[A-Z]{6}\.json$/;

export class FileRoomStore implements RoomStore {
  private readonly dir: string;
  private readonly slots = new Map<string, Slot>();

  constructor(dir: string) {
    this.dir = dir;
    mkdirSync(dir, { recursive: true, mode: 0o700 });
  }

  async load(): Promise<RoomSnapshot[]> {
    const rooms: RoomSnapshot[] = [];
    for (const name of readdirSync(this.dir)) {
      const file = join(this.dir, name);
      if (!CODE_FILE.test(name)) {
        // A temporary file from a write that a kill interrupted.
        if (name.endsWith('.tmp')) rmSync(file, { force: true });
        continue;
      }
      const snapshot = parseSnapshot(readFileSync(file, 'utf8'));
      if (snapshot && `${snapshot.code}.json` === name) rooms.push(snapshot);
      else rmSync(file, { force: true });
    }
    return rooms;
  }

  save(snapshot: RoomSnapshot): Promise<void> {
    const slot = this.slot(snapshot.code);
    slot.deleted = false;
    slot.next = snapshot;
    const done = new Promise<void>((resolve) => slot.waiters.push(resolve));
    if (!slot.writing) slot.writing = this.drain(snapshot.code, slot);
    return done;
  }

  async delete(code: string): Promise<void> {
    const slot = this.slot(code);
    slot.deleted = true;
    slot.next = null;
    await slot.writing;
    rmSync(this.file(code), { force: true });
    if (!slot.writing && slot.next === null) this.slots.delete(code);
  }

  async flush(): Promise<void> {
    await Promise.all([...this.slots.values()].map((slot) => slot.writing));
  }

  private slot(code: string): Slot {
    let slot = this.slots.get(code);
    if (!slot) {
      slot = { writing: null, next: null, waiters: [], deleted: false };
      this.slots.set(code, slot);
    }
    return slot;
  }

  private async drain(code: string, slot: Slot): Promise<void> {
    while (slot.next) {
      const snapshot = slot.next;
      const waiters = slot.waiters.splice(0);
      slot.next = null;
      const file = this.file(code);
      const temporary = `${file}.${process.pid}.tmp`;
      try {
        await writeFile(temporary, JSON.stringify(snapshot), { mode: 0o600 });
        // A delete that came in while writing wins: the room has ended.
        if (slot.deleted) rmSync(temporary, { force: true });
        else await rename(temporary, file);
      } catch (error) {
        // A full disk must not stop the workshop: the room goes on in memory.
        console.error(`Could not save room ${code}: ${(error as Error).message}`);
      }
      for (const resolve of waiters) resolve();
    }
    slot.writing = null;
    if (slot.deleted) this.slots.delete(code);
  }

  private file(code: string): string {
    return join(this.dir, `${code}.json`);
  }
}
