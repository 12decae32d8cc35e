// Two runs of one scenario side by side: one row per moment (aligned by choice point),
// the first place they part marked, both meter curves in one chart, and both endings.
// The rows are a real table, so it reads the same to a screen reader as it looks.
import type { RunRecord, StepRecord } from '../core/run-record.ts';
import type { ScenarioMeta } from '../core/tags.ts';
import { compareRuns } from '../runs/compare.ts';
import { h } from './dom.ts';
import type { Dict } from './i18n/index.ts';
import { meterChart, meterPoints } from './meter-chart.ts';

export interface CompareOptions {
  t: Dict;
  meta: ScenarioMeta;
  a: RunRecord;
  b: RunRecord;
  /** Every kept run of this scenario and language, to pick others. */
  runs: readonly RunRecord[];
  formatDate: (time: number) => string;
  /** The moment's number and words on the scenario's path map, when the map is at hand. */
  pointLabel: (pointId: string) => { number: number; label: string } | null;
  onPick: (a: RunRecord, b: RunRecord) => void;
  onBack: () => void;
}

export function compareView(o: CompareOptions): HTMLElement {
  const { t, a, b } = o;
  const comparison = compareRuns(a, b);
  const divergence = comparison.divergence;
  const runName = (run: RunRecord, side: string) =>
    t.compare.runName(side, `${o.formatDate(run.startedAt)}${run.label ? ` · ${run.label}` : ''}`);

  const picker = (id: string, side: string, current: RunRecord, pick: (run: RunRecord) => void) => {
    const select = h('select', { id, 'data-action': id });
    o.runs.forEach((run, i) => {
      const ending = run.ending ? t.endings[run.ending].title : t.library.unfinished;
      const option = h('option', { value: String(i) }, t.map.runOption(o.formatDate(run.startedAt), ending, run.label ?? ''));
      if (run === current) option.selected = true;
      select.append(option);
    });
    select.addEventListener('change', () => {
      const run = o.runs[Number(select.value)];
      if (run) pick(run);
    });
    return h('p', {}, h('label', { for: id }, side), ' ', select);
  };

  const answer = (step: StepRecord | undefined) =>
    step
      ? [h('span', { class: 'answer' }, step.text), h('span', { class: 'hint' }, ` (${t.map.kinds[step.kind]})`)]
      : [h('span', { class: 'hint' }, t.compare.notHere)];
  const pair = (x: StepRecord | undefined, y: StepRecord | undefined, meter: 'alarm' | 'trust' | 'reserve') =>
    `${x ? x.after[meter] : '–'} / ${y ? y.after[meter] : '–'}`;

  const [hMoment, hA, hB, hAlarm, hTrust, hReserve] = t.compare.headers;
  const rows = comparison.rows.map((row, i) => {
    const x = row.a?.step;
    const y = row.b?.step;
    const status = row.same ? t.compare.same : x && y ? t.compare.different : t.compare.onlyOne;
    const point = o.pointLabel(row.pointId);
    return h(
      'tr',
      {
        class: `${row.same ? 'same' : 'differs'}${i === divergence ? ' divergence' : ''}`,
        'data-row': i + 1,
        'data-same': String(row.same),
      },
      h(
        'th',
        { scope: 'row', 'data-label': hMoment ?? '' },
        h('span', { class: 'moment-number' }, t.map.moment(point?.number ?? i + 1)),
        point ? h('span', { class: 'moment-label' }, point.label) : null,
        i === divergence ? h('strong', { class: 'parted', 'data-divergence': '' }, t.compare.parted) : null,
        h('span', { class: 'hint status' }, status),
      ),
      h('td', { 'data-label': hA ?? '', 'data-side': 'a' }, ...answer(x)),
      h('td', { 'data-label': hB ?? '', 'data-side': 'b' }, ...answer(y)),
      h('td', { 'data-label': hAlarm ?? '', class: 'num' }, pair(x, y, 'alarm')),
      h('td', { 'data-label': hTrust ?? '', class: 'num' }, pair(x, y, 'trust')),
      h('td', { 'data-label': hReserve ?? '', class: 'num' }, pair(x, y, 'reserve')),
    );
  });

  const pa = meterPoints(
    a.initialMeters,
    a.steps.map((s) => s.after),
  );
  const pb = meterPoints(
    b.initialMeters,
    b.steps.map((s) => s.after),
  );
  const summary = divergence === null ? t.compare.identical : t.compare.summary(comparison.shared, comparison.agreed, divergence + 1);
  const chart = meterChart(
    [
      { name: t.meters.alarm, meter: 'alarm', values: pa.alarm },
      { name: t.meters.trust, meter: 'trust', values: pa.trust },
      { name: t.meters.reserve, meter: 'reserve', values: pa.reserve },
      { name: t.meters.alarm, meter: 'alarm', values: pb.alarm, faint: true },
      { name: t.meters.trust, meter: 'trust', values: pb.trust, faint: true },
      { name: t.meters.reserve, meter: 'reserve', values: pb.reserve, faint: true },
    ],
    `${t.compare.curves}. ${t.compare.curvesNote}`,
    t.debrief.step,
  );
  const ending = (run: RunRecord, side: string) => {
    const type = run.ending;
    return h(
      'div',
      { class: `ending compare-ending ending-${type ?? 'none'}`, 'data-compare-ending': type ?? 'unfinished' },
      h('p', { class: 'label' }, runName(run, side)),
      h('h4', {}, type ? t.endings[type].title : t.library.unfinished),
      type ? h('p', {}, t.endings[type].text) : null,
    );
  };

  return h(
    'section',
    { class: 'screen compare', 'aria-labelledby': 'compare-heading', 'data-divergence': divergence === null ? 'none' : divergence + 1 },
    h('h2', { id: 'compare-heading' }, t.compare.heading(o.meta.title)),
    h(
      'div',
      { class: 'compare-pickers' },
      picker('compare-a', t.compare.first, a, (run) => o.onPick(run, b)),
      picker('compare-b', t.compare.second, b, (run) => o.onPick(a, run)),
    ),
    h('p', { class: 'compare-summary', role: 'status' }, summary),
    h('h3', {}, t.compare.endings),
    h('div', { class: 'compare-endings' }, ending(a, t.compare.first), ending(b, t.compare.second)),
    h('h3', {}, t.compare.curves),
    h('figure', { class: 'chart' }, chart, h('figcaption', {}, t.compare.curvesNote)),
    h(
      'table',
      { class: 'compare-table' },
      h('caption', {}, t.compare.tableCaption),
      h('thead', {}, h('tr', {}, ...t.compare.headers.map((header) => h('th', { scope: 'col' }, header)))),
      h('tbody', {}, ...rows),
    ),
    h('div', { class: 'actions' }, h('button', { type: 'button', 'data-action': 'back', onclick: o.onBack }, t.compare.back)),
  );
}
