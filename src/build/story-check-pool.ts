// Checks stories in parallel child processes, one story file at a time per process:
// exploring every path is CPU-bound, and each scenario is independent.
import { fork } from 'node:child_process';
import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type CheckReport, compareLanguages, type StoryReport, scenarioFiles } from './story-check.ts';

const WORKER = fileURLToPath(new URL('./story-check-worker.ts', import.meta.url));
/**
 * How long each file took last time, only to order the queue: the costliest first keeps both
 * workers busy to the end. Every path is still explored every time; without this file (a
 * fresh clone) the file size orders them instead.
 */
const LAST_TIMES = fileURLToPath(new URL('../../node_modules/.cache/dichtbij/story-check-times.json', import.meta.url));

function lastTimes(): Record<string, number> {
  try {
    const parsed = JSON.parse(readFileSync(LAST_TIMES, 'utf8')) as unknown;
    return parsed && typeof parsed === 'object' ? (parsed as Record<string, number>) : {};
  } catch {
    return {};
  }
}

function keepTimes(stories: readonly StoryReport[]): void {
  try {
    mkdirSync(dirname(LAST_TIMES), { recursive: true });
    writeFileSync(LAST_TIMES, JSON.stringify(Object.fromEntries(stories.map((s) => [resolve(s.file), Math.round(s.ms)]))));
  } catch {
    // Only an ordering hint: a read-only checkout checks just as well without it.
  }
}

export async function checkAllStoriesInParallel(
  storiesDir: string,
  options: { only?: (id: string) => boolean; workers?: number } = {},
): Promise<CheckReport> {
  const started = performance.now();
  // Costliest first keeps the workers evenly busy: last run's time, else the file's size.
  const times = lastTimes();
  const cost = (file: string) => times[resolve(file)] ?? statSync(file).size / 10;
  const queue = scenarioFiles(storiesDir)
    .filter((f) => !options.only || options.only(f.id))
    .sort((a, b) => cost(b.file) - cost(a.file));
  const results: StoryReport[] = [];
  const workers = Math.max(1, Math.min(options.workers ?? availableParallelism(), queue.length));
  await Promise.all(
    Array.from({ length: workers }, async () => {
      const child = fork(WORKER, [], { execArgv: ['--import', 'tsx'] });
      try {
        for (let job = queue.shift(); job; job = queue.shift()) {
          const current = job;
          const report = await new Promise<StoryReport>((resolve, reject) => {
            const onMessage = (message: StoryReport) => {
              child.off('exit', onExit);
              resolve(message);
            };
            const onExit = (code: number | null) => reject(new Error(`story checker stopped (${code}) on ${current.file}`));
            child.once('message', onMessage);
            child.once('exit', onExit);
            child.send(current);
          });
          results.push(report);
        }
      } finally {
        child.kill();
      }
    }),
  );
  if (!options.only) keepTimes(results);
  const order = (r: StoryReport) => `${r.id}/${r.lang}`;
  results.sort((a, b) => order(a).localeCompare(order(b)));
  return { stories: results, crossProblems: compareLanguages(results), ms: performance.now() - started };
}
