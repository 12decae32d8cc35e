// Runs as a file: export one, several or all, and import them back. An imported file is
// checked whole before anything is stored: a bad file gets a clear message and changes
// nothing. Text from a file is only ever shown as text.
import * as v from 'valibot';
import type { RunRecord } from '../core/run-record.ts';
import type { SelfCheck } from '../core/self-check.ts';
import { RunRecordSchema } from './run-schema.ts';
import { SelfCheckSchema } from './self-check-schema.ts';
import { checkKey } from './self-check-store.ts';

export const RUN_FILE_FORMAT = 'dichtbij-runs';
const MAX_BYTES = 5_000_000;
const MAX_RUNS = 2000;

const RunFileSchema = v.strictObject({
  format: v.literal(RUN_FILE_FORMAT),
  version: v.literal(1),
  exportedAt: v.pipe(v.number(), v.finite()),
  runs: v.pipe(v.array(RunRecordSchema), v.maxLength(MAX_RUNS)),
  // Self-check answers travel with the runs; files from before the self-check have none.
  checks: v.optional(v.pipe(v.array(SelfCheckSchema), v.maxLength(MAX_RUNS))),
});

export function runFile(runs: readonly RunRecord[], now: number, checks: readonly SelfCheck[] = []): string {
  const file = { format: RUN_FILE_FORMAT, version: 1, exportedAt: now, runs, ...(checks.length > 0 ? { checks } : {}) };
  return JSON.stringify(file, null, 2);
}

export type ImportProblem = 'not-json' | 'too-big' | 'not-a-run-file' | 'invalid';

export type ParsedRunFile =
  | { ok: true; runs: RunRecord[]; checks: SelfCheck[]; unknownScenarios: string[]; duplicates: number }
  | { ok: false; problem: ImportProblem; detail: string };

export interface ImportContext {
  /** Scenario ids the game has now (a run of another one stays, but cannot be played). */
  scenarios: readonly string[];
  /** Keys of the runs already kept, to skip what is there. */
  existing: ReadonlySet<string>;
  /** Keys of the self-checks already kept (skipped on import). */
  existingChecks?: ReadonlySet<string>;
}

export const runKey = (run: Pick<RunRecord, 'startedAt' | 'seed'>) => `${run.startedAt}-${run.seed}`;

export function parseRunFile(text: string, context: ImportContext): ParsedRunFile {
  if (text.length > MAX_BYTES) return { ok: false, problem: 'too-big', detail: `${text.length} bytes` };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return { ok: false, problem: 'not-json', detail: error instanceof Error ? error.message : String(error) };
  }
  if (!data || typeof data !== 'object' || (data as { format?: unknown }).format !== RUN_FILE_FORMAT) {
    return { ok: false, problem: 'not-a-run-file', detail: 'no "format": "dichtbij-runs"' };
  }
  const result = v.safeParse(RunFileSchema, data);
  if (!result.success) {
    const issue = result.issues[0];
    const path = issue?.path?.map((p) => String(p.key)).join('.') ?? '';
    return { ok: false, problem: 'invalid', detail: `${path}: ${issue?.message ?? ''}`.slice(0, 300) };
  }
  const seen = new Set(context.existing);
  const runs: RunRecord[] = [];
  let duplicates = 0;
  for (const run of result.output.runs as RunRecord[]) {
    const key = runKey(run);
    if (seen.has(key)) {
      duplicates++;
      continue;
    }
    seen.add(key);
    runs.push(run);
  }
  const unknownScenarios = [...new Set(runs.map((r) => r.scenarioId).filter((id) => !context.scenarios.includes(id)))];
  const seenChecks = new Set(context.existingChecks);
  const checks: SelfCheck[] = [];
  for (const check of (result.output.checks ?? []) as SelfCheck[]) {
    if (seenChecks.has(checkKey(check))) continue;
    seenChecks.add(checkKey(check));
    checks.push(check);
  }
  return { ok: true, runs, checks, unknownScenarios, duplicates };
}
