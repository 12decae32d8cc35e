// Two runs of one scenario side by side: aligned by choice point, so a moment both runs
// met sits on one row even when one of them took a detour in between.
import type { RunRecord, StepRecord } from '../core/run-record.ts';

export interface AlignedStep {
  /** Position of the step in its run (0-based). */
  index: number;
  step: StepRecord;
}

export interface ComparisonRow {
  pointId: string;
  a: AlignedStep | null;
  b: AlignedStep | null;
  /** Both runs met this point and gave the same answer. */
  same: boolean;
}

export interface Comparison {
  rows: ComparisonRow[];
  /** The first row where the runs part (a different answer, or a moment only one met); null when identical. */
  divergence: number | null;
  /** How many points both runs met, and at how many of those they answered alike. */
  shared: number;
  agreed: number;
}

export function compareRuns(a: Pick<RunRecord, 'steps'>, b: Pick<RunRecord, 'steps'>): Comparison {
  const x = a.steps.map((s) => s.pointId);
  const y = b.steps.map((s) => s.pointId);
  // Longest common subsequence of the points met, then walk it to lay out the rows.
  const lcs: number[][] = Array.from({ length: x.length + 1 }, () => new Array<number>(y.length + 1).fill(0));
  for (let i = x.length - 1; i >= 0; i--) {
    for (let j = y.length - 1; j >= 0; j--) {
      lcs[i]![j] = x[i] === y[j] ? (lcs[i + 1]?.[j + 1] ?? 0) + 1 : Math.max(lcs[i + 1]?.[j] ?? 0, lcs[i]?.[j + 1] ?? 0);
    }
  }
  const rows: ComparisonRow[] = [];
  const onlyA = (i: number) => rows.push({ pointId: x[i] ?? '', a: { index: i, step: a.steps[i]! }, b: null, same: false });
  const onlyB = (j: number) => rows.push({ pointId: y[j] ?? '', a: null, b: { index: j, step: b.steps[j]! }, same: false });
  let i = 0;
  let j = 0;
  while (i < x.length && j < y.length) {
    if (x[i] === y[j]) {
      const sa = a.steps[i]!;
      const sb = b.steps[j]!;
      rows.push({ pointId: sa.pointId, a: { index: i, step: sa }, b: { index: j, step: sb }, same: sa.optionId === sb.optionId });
      i++;
      j++;
    } else if ((lcs[i + 1]?.[j] ?? 0) >= (lcs[i]?.[j + 1] ?? 0)) onlyA(i++);
    else onlyB(j++);
  }
  while (i < x.length) onlyA(i++);
  while (j < y.length) onlyB(j++);
  const firstDifferent = rows.findIndex((r) => !r.same);
  const shared = rows.filter((r) => r.a && r.b).length;
  return { rows, divergence: firstDifferent < 0 ? null : firstDifferent, shared, agreed: rows.filter((r) => r.same).length };
}
