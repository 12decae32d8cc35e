// The first debrief: the ending, the meter curves, the pattern, the key moments with a
// way to try another answer there, and reflection questions (CONTENT.md).
import { circleCounts } from '../core/circle.ts';
import { meterDelta } from '../core/meters.ts';
import type { RunRecord, StepRecord } from '../core/run-record.ts';
import type { ScenarioMeta } from '../core/tags.ts';
import { h } from './dom.ts';
import type { Dict } from './i18n/index.ts';
import { runCurves } from './meter-chart.ts';
import { describeChange } from './meters-view.ts';

export interface DebriefOptions {
  t: Dict;
  meta: ScenarioMeta;
  record: RunRecord;
  /** Rewind to the choice point of this step (0-based) and choose again. */
  onTryAgain: ((step: number) => void) | null;
  /** This run on the scenario's path map. */
  onMap: () => void;
  /** This run beside the one played before it. */
  onCompare: () => void;
  onPlayAgain: () => void;
  onMenu: () => void;
  onHelp: () => void;
  /** Pause with the grounding exercise (a dark ending can hit hard). */
  onPause: () => void;
  /** The whole story of this run, to read back or print; null when it cannot be. */
  onTranscript: (() => void) | null;
}

/** The choices that moved the meters most, in the order they happened. */
export function keyMoments(steps: readonly StepRecord[], count = 3): number[] {
  const weight = (s: StepRecord) =>
    Math.abs(s.after.alarm - s.before.alarm) + Math.abs(s.after.trust - s.before.trust) + Math.abs(s.after.reserve - s.before.reserve) / 2;
  return steps
    .map((s, i) => ({ i, w: weight(s) }))
    .sort((a, b) => b.w - a.w || a.i - b.i)
    .slice(0, count)
    .map((m) => m.i)
    .sort((a, b) => a - b);
}

export function debriefView(o: DebriefOptions): HTMLElement {
  const { t, record } = o;
  const ending = record.ending;
  const { chart, description } = runCurves(t, record);
  const { rounds, stepsOut } = circleCounts(record.steps);

  const { onTryAgain } = o;
  const tryAgain = (i: number) =>
    onTryAgain ? h('button', { type: 'button', 'data-try-again': i, onclick: () => onTryAgain(i) }, t.debrief.tryAgain) : null;
  const moments = h('ol', { class: 'key-moments' });
  for (const i of keyMoments(record.steps)) {
    const step = record.steps[i];
    if (!step) continue;
    const change = describeChange(t, { meters: step.after, delta: meterDelta(step.before, step.after), kind: step.kind });
    moments.append(
      h(
        'li',
        { 'data-moment': i },
        h('p', {}, h('strong', {}, `${t.debrief.youChose}: `), step.text),
        ...step.inner.map((line) => h('p', { class: 'inner' }, line)),
        ...change.map((line) => h('p', { class: 'change' }, line)),
        tryAgain(i),
      ),
    );
  }

  const table = h(
    'table',
    { class: 'choices-table' },
    h('caption', {}, t.debrief.table),
    h('thead', {}, h('tr', {}, ...t.debrief.tableHeaders.map((header) => h('th', { scope: 'col' }, header)))),
    h(
      'tbody',
      {},
      ...record.steps.map((s, i) =>
        h(
          'tr',
          {},
          h('th', { scope: 'row' }, String(i + 1)),
          h('td', {}, s.text),
          h('td', {}, String(s.after.alarm)),
          h('td', {}, String(s.after.trust)),
          h('td', {}, String(s.after.reserve)),
          h('td', {}, tryAgain(i)),
        ),
      ),
    ),
  );

  const questions = [...o.meta.reflect, ...t.debrief.general];
  return h(
    'section',
    // Only a finished run carries data-ending (the test hook for "the scenario ended").
    { class: 'screen debrief', ...(ending ? { 'data-ending': ending } : { 'data-unfinished': '' }), 'aria-labelledby': 'debrief-heading' },
    h(
      'div',
      { class: 'toolbar' },
      h('h2', { id: 'debrief-heading', class: 'debrief-title' }, `${t.debrief.heading}: ${o.meta.title}`),
      h('button', { type: 'button', 'data-action': 'pause', onclick: o.onPause }, t.play.pause),
      h('button', { type: 'button', 'data-action': 'help', onclick: o.onHelp }, t.play.help),
    ),
    checkIn(t),
    h(
      'div',
      { class: `ending ending-${ending ?? 'none'}` },
      h('p', { class: 'label' }, t.reading.endedHow),
      h('h3', {}, ending ? t.endings[ending].title : t.library.unfinished),
      ending ? h('p', {}, t.endings[ending].text) : null,
    ),
    // The boundary scenario draws the line between protection and abuse, and leads to help.
    o.meta.form === 'boundary'
      ? h(
          'aside',
          { class: 'abuse-box', 'aria-labelledby': 'abuse-heading' },
          h('h3', { id: 'abuse-heading' }, t.debrief.abuseHeading),
          h('p', {}, t.help.abuse),
          h('button', { type: 'button', class: 'primary', 'data-action': 'help', onclick: o.onHelp }, t.debrief.toHelp),
        )
      : null,
    h('h3', {}, t.debrief.curves),
    h('figure', { class: 'chart' }, chart, h('figcaption', {}, description)),
    h('h3', {}, t.debrief.pattern),
    h('p', { 'data-rounds': rounds, 'data-steps-out': stepsOut }, t.debrief.circle(rounds, stepsOut)),
    h('h3', {}, t.debrief.keyMoments),
    moments,
    h('details', { class: 'table-details' }, h('summary', {}, t.debrief.table), table),
    h('h3', {}, t.debrief.reflect),
    h('ul', { class: 'reflect' }, ...questions.map((q) => h('li', {}, q))),
    h(
      'div',
      { class: 'actions' },
      h('button', { type: 'button', class: 'primary', 'data-action': 'play-again', onclick: o.onPlayAgain }, t.debrief.playAgain),
      h('button', { type: 'button', 'data-action': 'compare', onclick: o.onCompare }, t.compare.withPrevious),
      h('button', { type: 'button', 'data-action': 'map', onclick: o.onMap }, t.debrief.seeMap),
      o.onTranscript ? h('button', { type: 'button', 'data-action': 'transcript', onclick: o.onTranscript }, t.reading.transcript) : null,
      h('button', { type: 'button', 'data-action': 'menu', onclick: o.onMenu }, t.debrief.menu),
    ),
  );
}

/** First, before any chart: how the player is (CONTENT.md's debrief starts with feeling). */
function checkIn(t: Dict): HTMLElement {
  return h(
    'aside',
    { class: 'check-in', 'aria-labelledby': 'check-in-heading' },
    h('h3', { id: 'check-in-heading' }, t.reading.checkInHeading),
    h('label', { for: 'check-in-word' }, t.reading.checkInQuestion),
    // Never stored: the word is the player's own, for this moment only.
    h('input', { type: 'text', id: 'check-in-word', maxlength: 40, autocomplete: 'off', 'aria-describedby': 'check-in-hint' }),
    h('p', { id: 'check-in-hint', class: 'hint' }, t.reading.checkInHint),
  );
}
