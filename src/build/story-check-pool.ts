// Checks stories in parallel child processes, one story file at a time per process:
// exploring every path is CPU-bound, and each scenario is independent.
import { fork } from 'node:child_process';
import { statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { type CheckReport, compareLanguages, type StoryReport, scenarioFiles } from './story-check.ts';

const WORKER = fileURLToPath(new URL('./story-check-worker.ts', import.meta.url));

export async function checkAllStoriesInParallel(
  storiesDir: string,
  options: { only?: (id: string) => boolean; workers?: number } = {},
): Promise<CheckReport> {
  const started = performance.now();
  // Biggest first keeps the workers evenly busy; file size is a fair proxy for the cost.
  const queue = scenarioFiles(storiesDir)
    .filter((f) => !options.only || options.only(f.id))
    .sort((a, b) => statSync(b.file).size - statSync(a.file).size);
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
  const order = (r: StoryReport) => `${r.id}/${r.lang}`;
  results.sort((a, b) => order(a).localeCompare(order(b)));
  return { stories: results, crossProblems: compareLanguages(results), ms: performance.now() - started };
}
