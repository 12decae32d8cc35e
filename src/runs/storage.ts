// Persistence behind a small interface with swappable backends: IndexedDB in the
// browser (through idb-keyval), memory in tests or when IndexedDB is unavailable.
import { createStore, del, get, keys, set, type UseStore } from 'idb-keyval';

export interface KeyValueStore {
  get(key: string): Promise<unknown>;
  set(key: string, value: unknown): Promise<void>;
  delete(key: string): Promise<void>;
  keys(): Promise<string[]>;
}

export class MemoryStore implements KeyValueStore {
  private readonly data = new Map<string, unknown>();

  async get(key: string) {
    // Stored values are copies, as with IndexedDB's structured clone.
    return structuredClone(this.data.get(key));
  }
  async set(key: string, value: unknown) {
    this.data.set(key, structuredClone(value));
  }
  async delete(key: string) {
    this.data.delete(key);
  }
  async keys() {
    return [...this.data.keys()];
  }
}

export class IndexedDbStore implements KeyValueStore {
  private readonly store: UseStore;

  constructor(database = 'dichtbij', table = 'runs') {
    this.store = createStore(database, table);
  }
  get(key: string) {
    return get(key, this.store);
  }
  set(key: string, value: unknown) {
    return set(key, value, this.store);
  }
  delete(key: string) {
    return del(key, this.store);
  }
  async keys() {
    return (await keys(this.store)).map(String);
  }
}
