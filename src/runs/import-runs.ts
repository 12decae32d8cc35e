// Importing a runs file into the repository: checked whole first (run-file.ts), then
// stored; when storing fails half-way, what was stored is taken out again, so an import
// either lands whole or changes nothing.
import type { RunRecord } from '../core/run-record.ts';
import type { SelfCheck } from '../core/self-check.ts';
import { type ImportProblem, parseRunFile } from './run-file.ts';
import type { RunRepository } from './run-repository.ts';
import type { SelfCheckStore } from './self-check-store.ts';

export type ImportOutcome =
  | { ok: true; runs: RunRecord[]; checks: SelfCheck[]; duplicates: number; unknownScenarios: string[] }
  | { ok: false; problem: ImportProblem | 'storage' };

export async function importRuns(
  repository: RunRepository,
  text: string,
  scenarios: readonly string[],
  selfChecks?: SelfCheckStore,
): Promise<ImportOutcome> {
  let existing: Set<string>;
  let existingChecks: Set<string> | undefined;
  try {
    existing = await repository.keptKeys();
    existingChecks = await selfChecks?.keptKeys();
  } catch {
    return { ok: false, problem: 'storage' };
  }
  const parsed = parseRunFile(text, { scenarios, existing, existingChecks });
  if (!parsed.ok) return { ok: false, problem: parsed.problem };
  const stored: RunRecord[] = [];
  const storedChecks: SelfCheck[] = [];
  try {
    for (const run of parsed.runs) {
      await repository.keep(run);
      stored.push(run);
    }
    for (const check of selfChecks ? parsed.checks : []) {
      await selfChecks?.keep(check);
      storedChecks.push(check);
    }
  } catch {
    for (const run of stored) await repository.delete(run).catch(() => undefined);
    for (const check of storedChecks) await selfChecks?.delete(check).catch(() => undefined);
    return { ok: false, problem: 'storage' };
  }
  const { runs, duplicates, unknownScenarios } = parsed;
  return { ok: true, runs, checks: storedChecks, duplicates, unknownScenarios };
}
