// Meter curves over a run as an SVG chart. Lines differ in dash pattern and carry their
// names, so they read without colour (and in greyscale print).
import type { Meters } from '../core/meters.ts';
import type { RunRecord } from '../core/run-record.ts';
import { svg } from './dom.ts';
import type { Dict } from './i18n/index.ts';

export interface ChartSeries {
  name: string;
  meter: 'alarm' | 'trust' | 'reserve';
  values: number[];
  /** A second run drawn thinner, for comparisons. */
  faint?: boolean;
}

const W = 640;
const H = 220;
const PAD = { left: 36, right: 116, top: 14, bottom: 28 };
const DASH: Record<ChartSeries['meter'], string> = { alarm: '8 5', trust: '', reserve: '2 5' };

export function meterPoints(initial: Meters, after: readonly Meters[]): Record<ChartSeries['meter'], number[]> {
  const all = [initial, ...after];
  return {
    alarm: all.map((m) => m.alarm),
    trust: all.map((m) => m.trust),
    reserve: all.map((m) => m.reserve),
  };
}

export function meterChart(series: readonly ChartSeries[], label: string, stepLabel: (n: number) => string): SVGElement {
  const steps = Math.max(1, ...series.map((s) => s.values.length - 1));
  const x = (i: number) => PAD.left + (i / steps) * (W - PAD.left - PAD.right);
  const y = (v: number) => PAD.top + (1 - v / 10) * (H - PAD.top - PAD.bottom);
  const chart = svg('svg', { viewBox: `0 0 ${W} ${H}`, class: 'meter-chart', role: 'img', 'aria-label': label });
  for (const v of [0, 5, 10]) {
    chart.append(svg('line', { x1: PAD.left, x2: W - PAD.right, y1: y(v), y2: y(v), class: 'grid' }));
    chart.append(svg('text', { x: PAD.left - 8, y: y(v) + 4, 'text-anchor': 'end', class: 'axis' }, String(v)));
  }
  for (let i = 1; i <= steps; i++) {
    chart.append(svg('text', { x: x(i), y: H - 8, 'text-anchor': 'middle', class: 'axis' }, String(i)));
  }
  chart.append(svg('title', {}, label));
  const labelYs: number[] = [];
  for (const s of series) {
    const points = s.values.map((v, i) => `${x(i).toFixed(1)},${y(v).toFixed(1)}`).join(' ');
    chart.append(
      svg('polyline', {
        points,
        class: `series series-${s.meter}${s.faint ? ' faint' : ''}`,
        'stroke-dasharray': DASH[s.meter],
        fill: 'none',
      }),
    );
    const last = s.values[s.values.length - 1] ?? 0;
    if (!s.faint) {
      // Keep end labels apart when lines finish close together.
      let ly = y(last) + 4;
      while (labelYs.some((other) => Math.abs(other - ly) < 16)) ly += 16;
      labelYs.push(ly);
      chart.append(svg('text', { x: x(s.values.length - 1) + 8, y: ly, class: `series-label series-${s.meter}` }, s.name));
    }
  }
  chart.setAttribute('data-steps', String(steps));
  chart.append(svg('desc', {}, stepLabel(steps)));
  return chart;
}

/** One run's alarm, trust and reserve over its choices, with a one-line description in words. */
export function runCurves(t: Dict, record: Pick<RunRecord, 'initialMeters' | 'steps'>): { chart: SVGElement; description: string } {
  const points = meterPoints(
    record.initialMeters,
    record.steps.map((s) => s.after),
  );
  const span = (values: number[]) => `${values[0]} → ${values[values.length - 1]}`;
  const description = t.debrief.curvesDescription(span(points.alarm), span(points.trust), span(points.reserve));
  const chart = meterChart(
    [
      { name: t.meters.alarm, meter: 'alarm', values: points.alarm },
      { name: t.meters.trust, meter: 'trust', values: points.trust },
      { name: t.meters.reserve, meter: 'reserve', values: points.reserve },
    ],
    `${t.debrief.curves}. ${description}`,
    t.debrief.step,
  );
  return { chart, description };
}
