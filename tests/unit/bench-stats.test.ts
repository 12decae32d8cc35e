import { describe, expect, it } from 'vitest';
import { keydownCpu } from '../../bench/game-probe.ts';
import { medianLighthouse } from '../../bench/report.ts';
import { longShare, median, p95, percentile } from '../../bench/stats.ts';

describe('benchmark statistics', () => {
  it('takes the middle value, or the mean of the middle two', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([7])).toBe(7);
  });

  it('counts the share of frames longer than a limit (a frame at the limit is not long)', () => {
    expect(longShare([16, 25, 26, 40], 25)).toBe(0.5);
    expect(longShare([16.7, 16.6], 25)).toBe(0);
    expect(longShare([], 25)).toBe(0);
  });

  it('does not reorder the caller’s array', () => {
    const values = [3, 1, 2];
    median(values);
    p95(values);
    expect(values).toEqual([3, 1, 2]);
  });

  it('takes percentiles by nearest rank, so the result is always a sample', () => {
    const hundred = Array.from({ length: 100 }, (_, i) => 100 - i);
    expect(p95(hundred)).toBe(95);
    expect(percentile(hundred, 50)).toBe(50);
    expect(percentile(hundred, 100)).toBe(100);
    expect(percentile(hundred, 0)).toBe(1);
    // Twenty frames with one long one: p95 is the 19th value, not the outlier.
    const frames = [...Array.from({ length: 19 }, () => 16.7), 80];
    expect(p95(frames)).toBe(16.7);
    expect(percentile(frames, 100)).toBe(80);
  });

  it('refuses no samples and percentiles out of range', () => {
    expect(() => median([])).toThrow(/no values/);
    expect(() => p95([])).toThrow(/no values/);
    expect(() => percentile([1], 101)).toThrow(/outside/);
  });
});

describe('Lighthouse over several runs', () => {
  const run = (performance: number, tbt: number) => ({
    performance,
    accessibility: 100,
    bestPractices: 100,
    cumulativeLayoutShift: 0,
    firstContentfulPaint: 900,
    largestContentfulPaint: 1200,
    totalBlockingTime: tbt,
    speedIndex: 1000,
  });

  it('reports the median of each figure, so one slow run does not decide the score', () => {
    const l = medianLighthouse([run(99, 10), run(93, 240), run(100, 0), run(98, 30), run(99, 20)]);
    expect(l?.performance).toBe(99);
    expect(l?.totalBlockingTime).toBe(20);
    expect(l?.accessibility).toBe(100);
  });

  it('has nothing to report when no run could be done', () => {
    expect(medianLighthouse([])).toBeNull();
  });
});

describe('the keydown CPU time from a trace', () => {
  it('takes the thread time of each keydown dispatch, in ms, and nothing else', () => {
    const trace = {
      traceEvents: [
        { name: 'EventDispatch', ph: 'X', dur: 21000, tdur: 9000, args: { data: { type: 'keydown' } } },
        { name: 'EventDispatch', ph: 'X', dur: 900, tdur: 800, args: { data: { type: 'keyup' } } },
        { name: 'Layout', ph: 'X', dur: 3000, tdur: 2500 },
        { name: 'EventDispatch', ph: 'X', dur: 12500, tdur: 7500, args: { data: { type: 'keydown' } } },
      ],
    };
    expect(keydownCpu(Buffer.from(JSON.stringify(trace)))).toEqual([9, 7.5]);
  });
});
