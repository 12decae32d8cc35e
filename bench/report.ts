// The benchmark's verdict: medians over the runs, ratios against the baseline of the same
// run, the budgets of the issue, and a Markdown table (it goes into the README as is).
import type { HeapReadings } from './game-probe.ts';
import type { LighthouseScores } from './lighthouse.ts';
import { median, p95 } from './stats.ts';

export interface Samples {
  /** Per run. */
  gameMenuMs: number[];
  gameJsBeforeMenu: number[];
  gameFirstChoiceMs: number[];
  gameFrameP95: number[];
  gameFrameP95Throttled: number[];
  baselineBootMs: number[];
  baselineJsBeforeBoot: number[];
  baselineFrameP95: number[];
  baselineFrameP95Throttled: number[];
  /** The floor: the bare page idling, per run (and at the throttled rate). */
  floorFrameP95: number[];
  floorFrameP95Throttled: number[];
  /** Share of the floor's frames over LONG_FRAME_MS, per run: what the machine itself drops. */
  floorLongFrameShare: number[];
  /** Share of the game's frames over LONG_FRAME_MS while choosing, per run. */
  gameLongFrameShare: number[];
  /** The same play with sound on (the S key): frame time p95 and the share of long frames, per run. */
  gameFrameP95Sound: number[];
  gameLongFrameShareSound: number[];
  /** Every answer of every run, pooled. */
  keyToTextMs: number[];
  /** The main thread's CPU time in each of those keydowns (a trace's thread time), pooled. */
  keyHandlerCpuMs: number[];
  heap: HeapReadings & { starts: number };
  storyCheck: { ms: number; problems: number; files: number };
  throttleRate: number;
  /** Lighthouse (mobile) on the built menu, once per run (the runs it could not do are left out). */
  lighthouse: LighthouseScores[];
}

export interface Row {
  metric: string;
  game: string;
  baseline: string;
  ratio: string;
  budget: string;
  pass: boolean | null;
}

export const BUDGETS = {
  /** No more than the menu had before the reading, sound and self-check work (issue #18). */
  jsBeforeMenuBytes: 38_600,
  menuRatio: 0.4,
  firstChoiceRatio: 1.0,
  /** Against the peer page while both choose. */
  frameRatio: 1.25,
  /** Against the floor (the bare page idling), and at 4x CPU throttling. */
  floorRatio: 1.25,
  floorRatioThrottled: 1.5,
  longFrameShare: 0.05,
  heapRatio: 1.1,
  keyMedianMs: 20,
  lighthousePerformance: 95,
  lighthouseLayoutShift: 0.05,
} as const;

export const LONG_FRAME_MS = 25;

const ms = (v: number) => `${Math.round(v)} ms`;
const ms1 = (v: number) => `${v.toFixed(1)} ms`;
const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} KB`;
const mb = (bytes: number) => `${(bytes / 1e6).toFixed(2)} MB`;
const x = (v: number) => `${v.toFixed(2)}x`;

/** A row measured as game / baseline of the same run, within a budget ratio. */
function ratioRow(metric: string, game: number, baseline: number, budget: number, format: (v: number) => string): Row {
  const ratio = game / baseline;
  return { metric, game: format(game), baseline: format(baseline), ratio: x(ratio), budget: `≤ ${x(budget)}`, pass: ratio <= budget };
}

export function rows(s: Samples): Row[] {
  const boot = median(s.baselineBootMs);
  const menu = median(s.gameMenuMs);
  const first = median(s.gameFirstChoiceMs);
  const js = median(s.gameJsBeforeMenu);
  const frame = { game: median(s.gameFrameP95), baseline: median(s.baselineFrameP95) };
  const slow = { game: median(s.gameFrameP95Throttled), baseline: median(s.baselineFrameP95Throttled) };
  const floor = { idle: median(s.floorFrameP95), slow: median(s.floorFrameP95Throttled) };
  const longShare = median(s.gameLongFrameShare);
  const floorLong = `${(median(s.floorLongFrameShare) * 100).toFixed(1)}% (the floor)`;
  const sound = { p95: median(s.gameFrameP95Sound), longShare: median(s.gameLongFrameShareSound) };
  const heapRatio = s.heap.afterAll.objects / s.heap.afterOne.objects;
  const keyMedian = median(s.keyToTextMs);
  return [
    {
      metric: 'JS (gzip) before the menu is interactive',
      game: kb(js),
      baseline: `${kb(median(s.baselineJsBeforeBoot))} (before boot)`,
      ratio: x(js / median(s.baselineJsBeforeBoot)),
      budget: `≤ ${kb(BUDGETS.jsBeforeMenuBytes)}`,
      pass: js <= BUDGETS.jsBeforeMenuBytes,
    },
    ratioRow('Menu interactive (game) / boot to first choice (baseline)', menu, boot, BUDGETS.menuRatio, ms),
    ratioRow('First choice of scenario 1 (menu and start screen included)', first, boot, BUDGETS.firstChoiceRatio, ms),
    ratioRow('Frame time p95, 10 s of play', frame.game, frame.baseline, BUDGETS.frameRatio, ms1),
    ratioRow(`Frame time p95, 10 s of play, ${s.throttleRate}x CPU throttling`, slow.game, slow.baseline, BUDGETS.frameRatio, ms1),
    ratioRow('Frame time p95 while choosing / the floor (bare page idling)', frame.game, floor.idle, BUDGETS.floorRatio, ms1),
    ratioRow(
      `Frame time p95 while choosing / the floor, both at ${s.throttleRate}x CPU throttling`,
      slow.game,
      floor.slow,
      BUDGETS.floorRatioThrottled,
      ms1,
    ),
    {
      metric: `Frames over ${LONG_FRAME_MS} ms while choosing`,
      game: `${(longShare * 100).toFixed(1)}%`,
      baseline: floorLong,
      ratio: '–',
      budget: `≤ ${BUDGETS.longFrameShare * 100}%`,
      pass: longShare <= BUDGETS.longFrameShare,
    },
    ratioRow('Frame time p95 while choosing with sound on / the floor', sound.p95, floor.idle, BUDGETS.floorRatio, ms1),
    {
      metric: `Frames over ${LONG_FRAME_MS} ms while choosing with sound on`,
      game: `${(sound.longShare * 100).toFixed(1)}%`,
      baseline: floorLong,
      ratio: '–',
      budget: `≤ ${BUDGETS.longFrameShare * 100}%`,
      pass: sound.longShare <= BUDGETS.longFrameShare,
    },
    {
      metric: `Heap after ${s.heap.starts} starts and quits / after 1 (compiled code: ${mb(s.heap.afterAll.code)} / ${mb(s.heap.afterOne.code)})`,
      game: `${mb(s.heap.afterAll.objects)} / ${mb(s.heap.afterOne.objects)}`,
      baseline: '–',
      ratio: x(heapRatio),
      budget: `≤ ${x(BUDGETS.heapRatio)}`,
      pass: heapRatio <= BUDGETS.heapRatio,
    },
    {
      metric: `Key press to next text, median (${s.keyToTextMs.length} answers)`,
      game: ms1(keyMedian),
      baseline: '–',
      ratio: '–',
      budget: `≤ ${ms(BUDGETS.keyMedianMs)}`,
      pass: keyMedian <= BUDGETS.keyMedianMs,
    },
    { metric: 'Key press to next text, p95', game: ms1(p95(s.keyToTextMs)), baseline: '–', ratio: '–', budget: '–', pass: null },
    {
      // The rest of the wall time is waiting: for a core (other threads, other processes) or for the page to be free.
      metric: 'Key press: CPU time of the keydown on the main thread, median',
      game: s.keyHandlerCpuMs.length ? ms1(median(s.keyHandlerCpuMs)) : 'not traced',
      baseline: '–',
      ratio: '–',
      budget: '–',
      pass: null,
    },
    ...lighthouseRows(s.lighthouse),
    {
      metric: `Story check, all scenarios (${s.storyCheck.files} files, ${s.storyCheck.problems} problems)`,
      game: `${(s.storyCheck.ms / 1000).toFixed(1)} s`,
      baseline: '–',
      ratio: '–',
      budget: '–',
      pass: null,
    },
  ];
}

/** The median of each Lighthouse figure over the runs. */
export function medianLighthouse(runs: readonly LighthouseScores[]): LighthouseScores | null {
  const first = runs[0];
  if (!first) return null;
  const keys = Object.keys(first) as (keyof LighthouseScores)[];
  return Object.fromEntries(keys.map((key) => [key, median(runs.map((r) => r[key]))])) as unknown as LighthouseScores;
}

function lighthouseRows(runs: readonly LighthouseScores[]): Row[] {
  const l = medianLighthouse(runs);
  if (!l) return [{ metric: 'Lighthouse (mobile) on the menu', game: 'did not run', baseline: '–', ratio: '–', budget: '–', pass: false }];
  const scores = runs.map((r) => r.performance).join(', ');
  const score = (metric: string, value: number, min: number): Row => ({
    metric: `Lighthouse (mobile) on the menu: ${metric}`,
    game: String(value),
    baseline: '–',
    ratio: '–',
    budget: `≥ ${min}`,
    pass: value >= min,
  });
  return [
    {
      ...score('Performance', l.performance, BUDGETS.lighthousePerformance),
      metric: `Lighthouse (mobile) on the menu: Performance (runs: ${scores})`,
    },
    {
      metric: 'Lighthouse (mobile) on the menu: first / largest contentful paint, total blocking time, speed index',
      game: [l.firstContentfulPaint, l.largestContentfulPaint, l.totalBlockingTime, l.speedIndex]
        .map((ms) => `${Math.round(ms)} ms`)
        .join(' / '),
      baseline: '–',
      ratio: '–',
      budget: '–',
      pass: null,
    },
    score('Accessibility', l.accessibility, 100),
    score('Best Practices', l.bestPractices, 100),
    {
      metric: 'Lighthouse (mobile) on the menu: cumulative layout shift',
      game: l.cumulativeLayoutShift.toFixed(3),
      baseline: '–',
      ratio: '–',
      budget: `≤ ${BUDGETS.lighthouseLayoutShift}`,
      pass: l.cumulativeLayoutShift <= BUDGETS.lighthouseLayoutShift,
    },
  ];
}

export function markdownTable(table: readonly Row[]): string {
  const cells = (r: Row) => [r.metric, r.game, r.baseline, r.ratio, r.budget, r.pass === null ? '' : r.pass ? 'pass' : 'FAIL'];
  const head = ['Metric', 'Game', 'Baseline', 'Ratio', 'Budget', 'Result'];
  return [head, head.map(() => '---'), ...table.map(cells)].map((c) => `| ${c.join(' | ')} |`).join('\n');
}
