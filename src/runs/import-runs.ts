// Importing a runs file into the repository: checked whole first (run-file.ts), then
// stored; when storing fails half-way, what was stored is taken out again, so an import
// either lands whole or changes nothing.
import type { RunRecord } from '../core/run-record.ts';
import { type ImportProblem, parseRunFile } from './run-file.ts';
import type { RunRepository } from './run-repository.ts';

export type ImportOutcome =
  | { ok: true; runs: RunRecord[]; duplicates: number; unknownScenarios: string[] }
  | { ok: false; problem: ImportProblem | 'storage' };

export async function importRuns(repository: RunRepository, text: string, scenarios: readonly string[]): Promise<ImportOutcome> {
  let existing: Set<string>;
  try {
    existing = await repository.keptKeys();
  } catch {
    return { ok: false, problem: 'storage' };
  }
  const parsed = parseRunFile(text, { scenarios, existing });
  if (!parsed.ok) return { ok: false, problem: parsed.problem };
  const stored: RunRecord[] = [];
  try {
    for (const run of parsed.runs) {
      await repository.keep(run);
      stored.push(run);
    }
  } catch {
    for (const run of stored) await repository.delete(run).catch(() => undefined);
    return { ok: false, problem: 'storage' };
  }
  return { ok: true, runs: parsed.runs, duplicates: parsed.duplicates, unknownScenarios: parsed.unknownScenarios };
}
