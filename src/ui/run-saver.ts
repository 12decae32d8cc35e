// Saving the run in play. Saving must never stop play: a failing store is reported once,
// and the game goes on. The run in play is saved as "current" after every choice; when
// another tab of the game does the same, this tab keeps its run among the others instead
// (as a branch of the shared start), so neither is lost.
import type { RunRecord } from '../core/run-record.ts';
import type { RunRepository } from '../runs/run-repository.ts';
import type { Dict } from './i18n/index.ts';
import type { Notify } from './notices.ts';

export interface TabChannel {
  postMessage(message: unknown): void;
  addEventListener(type: 'message', listener: (event: MessageEvent) => void): void;
}

export interface RunSaverOptions {
  runs: RunRepository;
  tabs?: TabChannel | null;
  notice: Notify;
  /** The current dictionary (the language can change while playing). */
  texts: () => Dict;
  /** The run in play that is not finished yet, if any. */
  playing: () => RunRecord | null;
}

export interface RunSaver {
  /** Run a storing action; a failure turns saving off, with one message. */
  persist(action: () => Promise<void>): Promise<void>;
  /** Save the run in play after a choice. */
  saveProgress(record: RunRecord): Promise<void>;
  /** Saving is off from the start (no IndexedDB), said once. */
  savingOff(): void;
}

export function runSaver(o: RunSaverOptions): RunSaver {
  let failed = false;
  let currentElsewhere = false;
  const savingOff = () => {
    if (!failed) o.notice(o.texts().runs.savingOff);
    failed = true;
  };
  const persist = (action: () => Promise<void>) =>
    action().catch((error: unknown) => {
      console.warn('Saving failed', error);
      const full = error instanceof DOMException && error.name === 'QuotaExceededError';
      if (!failed) o.notice(full ? o.texts().runs.storageFull : o.texts().runs.savingOff);
      failed = true;
    });
  const saveProgress = (record: RunRecord) =>
    persist(async () => {
      if (currentElsewhere) return o.runs.keep(record);
      await o.runs.saveCurrent(record);
      o.tabs?.postMessage({ type: 'current-saved' });
    });
  o.tabs?.addEventListener('message', (event) => {
    if ((event.data as { type?: unknown } | null)?.type !== 'current-saved' || currentElsewhere) return;
    currentElsewhere = true;
    const record = o.playing();
    if (!record) return;
    // Both tabs may be playing the same run: this tab's becomes a branch of it, so
    // finishing either never overwrites the other.
    record.parent = { startedAt: record.startedAt, seed: record.seed, step: record.steps.length };
    record.startedAt = Date.now();
    o.notice(o.texts().runs.otherTab);
    void saveProgress(record);
  });
  return { persist, saveProgress, savingOff };
}
