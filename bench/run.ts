// `npm run bench`: builds the game and the baseline (a bare Phaser 4 + inkjs page) in the
// same run, measures both in headless Chromium, alternating, and prints medians, ratios
// against the baseline and the budgets. Exits 1 when a budget is missed.
// `npm run bench -- --runs 1` is a quicker look while working (the budgets still apply).
import { resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { build } from 'vite';
import { totalProblems } from '../src/build/story-check.ts';
import { checkAllStoriesInParallel } from '../src/build/story-check-pool.ts';
import { CHROMIUM_ARGS, ensureChromium } from '../tests/browser/chromium.ts';
import { buildGame, ROOT, serveGame } from '../tests/browser/server.ts';
import { baselineScript, measureBaselineIdle, measureBaselineLoad, measureBaselineThrottled } from './baseline-probe.ts';
import { gameScript, measureGameLoad, measureGameThrottled, measureGameWithSound, measureHeap, measureKeyToText } from './game-probe.ts';
import { runLighthouse } from './lighthouse.ts';
import type { Served } from './page-tools.ts';
import { LONG_FRAME_MS, markdownTable, rows, type Samples } from './report.ts';
import { longShare, p95 } from './stats.ts';

const runsFlag = process.argv.indexOf('--runs');
const RUNS = runsFlag >= 0 ? Number(process.argv[runsFlag + 1]) : 5;
const PLAY_MS = 10_000;
// Every path of scenario 1 has 7 choice points: 6 answers keep both pages mid-story.
const CHOICE_EVERY_MS = 1_600;
const THROTTLE_RATE = 4;
const HEAP_STARTS = 30;
const OUT = resolve(ROOT, 'bench/.out');

const log = (line: string) => console.log(`[bench] ${line}`);

async function main(): Promise<number> {
  if (!Number.isInteger(RUNS) || RUNS < 1) throw new Error('--runs takes a whole number of 1 or more');
  const chromiumPath = ensureChromium();

  log('building the game and the baseline…');
  await buildGame(resolve(OUT, 'game'));
  process.env.NODE_ENV = 'production';
  await build({ configFile: resolve(ROOT, 'bench/baseline/vite.config.ts'), mode: 'production', logLevel: 'warn' });

  // The story check is CPU-bound: run it alone, before any browser.
  log('checking every story…');
  const check = await checkAllStoriesInParallel(resolve(ROOT, 'stories'));

  const servers = await Promise.all([serveGame(0, resolve(OUT, 'game')), serveGame(0, resolve(OUT, 'baseline'))]);
  const game: Served = { url: servers[0].url, outDir: resolve(OUT, 'game') };
  const baseline: Served = { url: servers[1].url, outDir: resolve(OUT, 'baseline') };
  const browser = await chromium.launch({ executablePath: chromiumPath, args: CHROMIUM_ARGS });
  const samples: Samples = {
    gameMenuMs: [],
    gameJsBeforeMenu: [],
    gameFirstChoiceMs: [],
    gameFrameP95: [],
    gameFrameP95Throttled: [],
    baselineBootMs: [],
    baselineJsBeforeBoot: [],
    baselineFrameP95: [],
    baselineFrameP95Throttled: [],
    floorFrameP95: [],
    floorFrameP95Throttled: [],
    floorLongFrameShare: [],
    gameLongFrameShare: [],
    gameFrameP95Sound: [],
    gameLongFrameShareSound: [],
    keyToTextMs: [],
    keyHandlerCpuMs: [],
    heap: { afterOne: { objects: 0, code: 0 }, afterAll: { objects: 0, code: 0 }, starts: HEAP_STARTS },
    storyCheck: { ms: check.ms, problems: totalProblems(check), files: check.stories.length },
    throttleRate: THROTTLE_RATE,
    lighthouse: [],
  };
  try {
    const sides = {
      baseline: async () => {
        const load = await measureBaselineLoad(browser, baseline, baselineScript(PLAY_MS, CHOICE_EVERY_MS));
        samples.baselineBootMs.push(load.bootMs);
        samples.baselineJsBeforeBoot.push(load.jsBeforeBoot);
        samples.baselineFrameP95.push(p95(load.frames));
        const slow = await measureBaselineThrottled(browser, baseline, baselineScript(PLAY_MS, CHOICE_EVERY_MS), THROTTLE_RATE);
        samples.baselineFrameP95Throttled.push(p95(slow));
        const idle = await measureBaselineIdle(browser, baseline, PLAY_MS);
        const idleSlow = await measureBaselineIdle(browser, baseline, PLAY_MS, THROTTLE_RATE);
        samples.floorFrameP95.push(p95(idle));
        samples.floorFrameP95Throttled.push(p95(idleSlow));
        samples.floorLongFrameShare.push(longShare(idle, LONG_FRAME_MS));
        return `baseline boot ${Math.round(load.bootMs)} ms, frame p95 ${p95(load.frames).toFixed(1)} / ${p95(slow).toFixed(1)} ms`;
      },
      game: async () => {
        const load = await measureGameLoad(browser, game, gameScript(PLAY_MS, CHOICE_EVERY_MS));
        samples.gameMenuMs.push(load.menuMs);
        samples.gameJsBeforeMenu.push(load.jsBeforeMenu);
        samples.gameFirstChoiceMs.push(load.firstChoiceMs);
        samples.gameFrameP95.push(p95(load.frames));
        samples.gameLongFrameShare.push(load.frames.filter((f) => f > LONG_FRAME_MS).length / Math.max(1, load.frames.length));
        const sound = await measureGameWithSound(browser, game, gameScript(PLAY_MS, CHOICE_EVERY_MS));
        samples.gameFrameP95Sound.push(p95(sound));
        samples.gameLongFrameShareSound.push(longShare(sound, LONG_FRAME_MS));
        const slow = await measureGameThrottled(browser, game, gameScript(PLAY_MS, CHOICE_EVERY_MS), THROTTLE_RATE);
        samples.gameFrameP95Throttled.push(p95(slow));
        const keys = await measureKeyToText(browser, game);
        samples.keyToTextMs.push(...keys.toText);
        samples.keyHandlerCpuMs.push(...keys.handlerCpu);
        return `game menu ${Math.round(load.menuMs)} ms, first choice ${Math.round(load.firstChoiceMs)} ms, frame p95 ${p95(load.frames).toFixed(1)} / ${p95(slow).toFixed(1)} ms, sound on ${p95(sound).toFixed(1)} ms`;
      },
    };
    for (let run = 1; run <= RUNS; run++) {
      // Alternate which page goes first, so neither always meets a warmer machine.
      const order = run % 2 === 1 ? (['baseline', 'game'] as const) : (['game', 'baseline'] as const);
      for (const side of order) log(`run ${run}/${RUNS}: ${await sides[side]()}`);
    }
    log(`${HEAP_STARTS} starts and quits for the heap…`);
    samples.heap = { ...(await measureHeap(browser, game, HEAP_STARTS)), starts: HEAP_STARTS };
    for (let run = 1; run <= RUNS; run++) {
      log(`Lighthouse (mobile) on the menu, run ${run}/${RUNS}…`);
      const scores = await runLighthouse(chromiumPath, game.url).catch((error: unknown) => {
        console.error(`  Lighthouse did not run: ${error instanceof Error ? error.message : String(error)}`);
        return null;
      });
      if (scores) samples.lighthouse.push(scores);
    }
  } finally {
    await browser.close();
    await Promise.all(servers.map((s) => s.close()));
  }

  const table = rows(samples);
  console.log(`\nMedians of ${RUNS} run${RUNS === 1 ? '' : 's'}, headless Chromium (WebGL on SwiftShader), ${new Date().toISOString()}\n`);
  console.log(markdownTable(table));
  const missed = table.filter((row) => row.pass === false);
  console.log(
    missed.length === 0 ? '\nEvery budget is met.' : `\n${missed.length} budget(s) missed: ${missed.map((r) => r.metric).join('; ')}`,
  );
  return missed.length === 0 ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(2);
  },
);
