// Where runs live: one slot for the current run (the one in play, saved after every
// choice, so closing the tab loses nothing) and one key per kept run ("run:" and its
// start and seed). A run is told apart by its key, never by whether it has ended. Which
// run goes where is decided by the play director (play-director.ts), not here. Every
// record read back is validated; a broken one is set aside and reported, never allowed
// to break the game.
import type { RunRecord } from '../core/run-record.ts';
import { runKey } from './run-file.ts';
import { parseRunRecord } from './run-schema.ts';
import type { KeyValueStore } from './storage.ts';

const CURRENT = 'current';
const FINISHED = 'run:';
const SET_ASIDE = 'set-aside:';
const RESUME_ON_LOAD = 'resume-on-load';

const keyOf = (record: RunRecord) => `${FINISHED}${runKey(record)}`;

export type LoadedCurrent = { record: RunRecord } | { problem: string } | null;

export class RunRepository {
  constructor(private readonly store: KeyValueStore) {}

  async saveCurrent(record: RunRecord): Promise<void> {
    await this.store.set(CURRENT, record);
  }

  async loadCurrent(): Promise<LoadedCurrent> {
    const raw = await this.store.get(CURRENT);
    if (raw === undefined) return null;
    const parsed = parseRunRecord(raw);
    if (parsed.ok) return { record: parsed.record };
    await this.setAside(CURRENT, raw);
    return { problem: parsed.problem };
  }

  /** Whether a reload should drop the player straight back into the current run. */
  async setResumeOnLoad(on: boolean): Promise<void> {
    await this.store.set(RESUME_ON_LOAD, on);
  }

  async resumeOnLoad(): Promise<boolean> {
    return (await this.store.get(RESUME_ON_LOAD)) === true;
  }

  /** The current run's record when it can be read, else null (problems handled by loadCurrent). */
  async currentRecord(): Promise<RunRecord | null> {
    const loaded = await this.loadCurrent();
    return loaded && 'record' in loaded ? loaded.record : null;
  }

  async clearCurrent(): Promise<void> {
    await this.store.delete(CURRENT);
  }

  /** Keep a finished run, and forget it as the current one. */
  async saveFinished(record: RunRecord): Promise<void> {
    await this.keep(record);
    await this.store.delete(CURRENT);
  }

  /** Keep a run among the others, finished or not (e.g. when branching away from it). */
  async keep(record: RunRecord): Promise<void> {
    await this.store.set(keyOf(record), record);
  }

  /** Keys of the runs stored (kept or current: start and seed), to tell an imported run that is already here. */
  async keptKeys(): Promise<Set<string>> {
    const keys = new Set((await this.store.keys()).filter((k) => k.startsWith(FINISHED)).map((k) => k.slice(FINISHED.length)));
    const current = await this.currentRecord();
    if (current) keys.add(runKey(current));
    return keys;
  }

  /** A kept run by its key, when it is stored and valid. */
  async kept(key: string): Promise<RunRecord | null> {
    const raw = await this.store.get(`${FINISHED}${key}`);
    if (raw === undefined) return null;
    const parsed = parseRunRecord(raw);
    return parsed.ok ? parsed.record : null;
  }

  async delete(record: RunRecord): Promise<void> {
    await this.store.delete(keyOf(record));
  }

  /** Kept runs (finished or left for a branch) that pass validation, newest first. */
  async finished(): Promise<RunRecord[]> {
    const runs: RunRecord[] = [];
    for (const key of await this.store.keys()) {
      if (!key.startsWith(FINISHED)) continue;
      const raw = await this.store.get(key);
      const parsed = parseRunRecord(raw);
      if (parsed.ok) runs.push(parsed.record);
      else await this.setAside(key, raw);
    }
    return runs.sort((a, b) => b.startedAt - a.startedAt);
  }

  async latestFinished(scenarioId: string): Promise<RunRecord | null> {
    return (await this.finished()).find((r) => r.scenarioId === scenarioId && r.ending !== null) ?? null;
  }

  /**
   * The repair step when the game opens: read every stored key of ours, set aside (keep
   * apart, never delete) what does not pass validation, and reset a garbled flag. Returns
   * how many records were set aside, for the player to be told, and the kept runs it read
   * (newest first), so opening the game reads them once.
   */
  async repair(): Promise<{ setAside: number; kept: RunRecord[] }> {
    let setAside = 0;
    const kept: RunRecord[] = [];
    for (const key of await this.store.keys()) {
      if (key === RESUME_ON_LOAD) {
        if (typeof (await this.store.get(key)) !== 'boolean') await this.store.set(key, false);
        continue;
      }
      if (key !== CURRENT && !key.startsWith(FINISHED)) continue;
      const raw = await this.store.get(key);
      const parsed = parseRunRecord(raw);
      if (!parsed.ok) {
        await this.setAside(key, raw);
        setAside++;
      } else if (key !== CURRENT) kept.push(parsed.record);
    }
    return { setAside, kept: kept.sort((a, b) => b.startedAt - a.startedAt) };
  }

  private async setAside(key: string, raw: unknown): Promise<void> {
    await this.store.set(`${SET_ASIDE}${Date.now()}:${key}`, raw);
    await this.store.delete(key);
  }
}
