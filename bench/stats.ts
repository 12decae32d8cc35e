// Statistics for the benchmark: medians of runs, percentiles of frame times and latencies.

/** The value at percentile `p` (0-100), nearest rank: always one of the samples. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) throw new Error('percentile of no values');
  if (p < 0 || p > 100) throw new Error(`percentile ${p} is outside 0-100`);
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[rank - 1] as number;
}

/** The middle value; the mean of the two middle ones for an even count. */
export function median(values: readonly number[]): number {
  if (values.length === 0) throw new Error('median of no values');
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

export const p95 = (values: readonly number[]) => percentile(values, 95);

/** Share (0-1) of frames longer than `ms`. */
export const longShare = (frames: readonly number[], ms: number) =>
  frames.length === 0 ? 0 : frames.filter((f) => f > ms).length / frames.length;
