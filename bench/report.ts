// The benchmark's verdict: medians over the runs, ratios against the baseline of the same
// run, the budgets of the issue, and a Markdown table (it goes into the README as is).
import type { HeapReadings } from './game-probe.ts';
import { median, p95 } from './stats.ts';

export interface Samples {
  /** Per run. */
  gameMenuMs: number[];
  gameJsBeforeMenu: number[];
  gameFirstChoiceMs: number[];
  gameFrameP95: number[];
  gameFrameP95Throttled: number[];
  /** Sound on: frame time p95, and the share of frames over LONG_FRAME_MS with sound on and off. */
  gameFrameP95Sound: number[];
  gameLongShareSound: number[];
  gameLongShare: number[];
  baselineBootMs: number[];
  baselineJsBeforeBoot: number[];
  baselineFrameP95: number[];
  baselineFrameP95Throttled: number[];
  /** Every answer of every run, pooled. */
  keyToTextMs: number[];
  heap: HeapReadings & { starts: number };
  storyCheck: { ms: number; problems: number; files: number };
  throttleRate: number;
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
  jsBeforeMenuBytes: 60_000,
  menuRatio: 0.5,
  firstChoiceRatio: 1.0,
  frameRatio: 1.25,
  heapRatio: 1.1,
  keyMedianMs: 50,
  longFrameShare: 0.05,
} as const;
export const LONG_FRAME_MS = 25;

const ms = (v: number) => `${Math.round(v)} ms`;
const ms1 = (v: number) => `${v.toFixed(1)} ms`;
const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} KB`;
const mb = (bytes: number) => `${(bytes / 1e6).toFixed(2)} MB`;
const x = (v: number) => `${v.toFixed(2)}x`;
const percent = (v: number) => `${(v * 100).toFixed(1)}%`;

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
  const long = { sound: median(s.gameLongShareSound), quiet: median(s.gameLongShare) };
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
    ratioRow('Frame time p95, 10 s of play, sound on', median(s.gameFrameP95Sound), frame.baseline, BUDGETS.frameRatio, ms1),
    {
      metric: `Frames over ${LONG_FRAME_MS} ms, 10 s of play, sound on (sound off)`,
      game: `${percent(long.sound)} (${percent(long.quiet)})`,
      baseline: '–',
      ratio: '–',
      budget: `≤ ${percent(BUDGETS.longFrameShare)}`,
      pass: long.sound <= BUDGETS.longFrameShare,
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
      budget: `< ${ms(BUDGETS.keyMedianMs)}`,
      pass: keyMedian < BUDGETS.keyMedianMs,
    },
    { metric: 'Key press to next text, p95', game: ms1(p95(s.keyToTextMs)), baseline: '–', ratio: '–', budget: '–', pass: null },
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

export function markdownTable(table: readonly Row[]): string {
  const cells = (r: Row) => [r.metric, r.game, r.baseline, r.ratio, r.budget, r.pass === null ? '' : r.pass ? 'pass' : 'FAIL'];
  const head = ['Metric', 'Game', 'Baseline', 'Ratio', 'Budget', 'Result'];
  return [head, head.map(() => '---'), ...table.map(cells)].map((c) => `| ${c.join(' | ')} |`).join('\n');
}
