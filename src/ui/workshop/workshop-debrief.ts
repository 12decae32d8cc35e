// The workshop's debrief for the facilitator: the ending, the group's path (the path map
// is plugged into the marked slot), the meter curves, the debrief questions one at a time
// (shown on the projector when the facilitator says so), one-line answers from phones to
// approve, "what if we had chosen…" for every moment, and the report.
import type { RunRecord } from '../../core/run-record.ts';
import { choiceNote } from '../../workshop/report.ts';
import type { RoundRecord } from '../../workshop/workshop-flow.ts';
import { h } from '../dom.ts';
import type { Dict } from '../i18n/index.ts';
import { runCurves } from '../meter-chart.ts';
import { answersPanel } from './answers-panel.ts';
import type { WorkshopDict } from './i18n-en.ts';

export interface DebriefModel {
  t: WorkshopDict;
  game: Dict;
  title: string;
  record: RunRecord;
  rounds: readonly RoundRecord[];
  questions: readonly string[];
  /** The question on the projector (index), or null when the screen is clear. */
  shown: number | null;
  /** The question the facilitator is looking at. */
  current: number;
  /** Phones can answer (the relay is connected). */
  phones: boolean;
  asking: boolean;
  answers: readonly { id: string; text: string; approved: boolean }[];
  /** A what-if copy is being looked at, not the group's own run. */
  branch: boolean;
}

export interface DebriefActions {
  select(index: number): void;
  show(index: number | null): void;
  ask(): void;
  stopAsking(): void;
  approve(id: string): void;
  approveAll(): void;
  reject(id: string): void;
  whatIf(step: number, index: number): void;
  backToGroup(): void;
  download(): void;
  printable(): void;
  newWorkshop(): void;
}

export function workshopDebrief(m: DebriefModel, a: DebriefActions): HTMLElement {
  const { t, game, record } = m;
  const ending = record.ending ?? 'fragile';
  const { chart, description } = runCurves(game, record);

  const rounds = h('ol', { class: 'ws-rounds' });
  for (const [i, round] of m.rounds.entries()) {
    const chosen = round.options[round.chosen];
    const others = round.options.filter((o) => o.index !== round.chosen && !o.blocked);
    rounds.append(
      h(
        'li',
        { 'data-round': i },
        // The list counts the moments; the option's own number says which one the group took.
        h('p', {}, chosen ? h('strong', {}, `${t.debrief.option(chosen.index + 1)}: `) : null, chosen?.text ?? ''),
        h(
          'p',
          { class: 'hint' },
          round.counts ? `${round.counts.map((c, n) => `${n + 1}: ${c}`).join(' · ')} · ${choiceNote(round, t.report)}` : t.report.noVote,
        ),
        m.branch
          ? null
          : h(
              'details',
              { class: 'ws-what-if' },
              h('summary', {}, t.debrief.whatIfHeading),
              ...others.map((o) =>
                h(
                  'button',
                  { type: 'button', 'data-what-if': `${i}:${o.index + 1}`, onclick: () => a.whatIf(i, o.index) },
                  t.debrief.whatIf(o.text),
                ),
              ),
            ),
      ),
    );
  }

  const question = m.questions[m.current] ?? '';
  return h(
    'section',
    { class: 'screen ws-debrief', 'data-ending': ending, 'aria-labelledby': 'ws-debrief-heading' },
    h('h2', { id: 'ws-debrief-heading' }, `${m.branch ? t.debrief.whatIfHeading : t.debrief.heading}: ${m.title}`),
    m.branch
      ? h(
          'div',
          { class: 'ws-branch-note' },
          h('p', {}, t.debrief.whatIfNote),
          h('button', { type: 'button', class: 'primary', 'data-action': 'back-to-group', onclick: a.backToGroup }, t.debrief.backToGroup),
        )
      : null,
    h(
      'div',
      { class: `ending ending-${ending}` },
      h('p', { class: 'label' }, game.debrief.ending),
      h('h3', {}, game.endings[ending].title),
    ),
    h(
      'div',
      { class: 'ws-columns' },
      h(
        'div',
        { class: 'ws-debrief-main' },
        m.branch
          ? null
          : h(
              'section',
              { class: 'ws-questions', 'aria-labelledby': 'ws-questions-heading' },
              h('h3', { id: 'ws-questions-heading' }, t.debrief.questions),
              h('p', { class: 'hint' }, t.audience.question(m.current + 1, m.questions.length)),
              h('p', { class: 'ws-question', 'data-question': m.current }, question),
              h(
                'div',
                { class: 'actions' },
                h(
                  'button',
                  { type: 'button', 'data-action': 'prev-question', disabled: m.current === 0, onclick: () => a.select(m.current - 1) },
                  t.debrief.previous,
                ),
                h(
                  'button',
                  {
                    type: 'button',
                    class: 'primary',
                    'data-action': 'show-question',
                    'aria-pressed': String(m.shown === m.current),
                    onclick: () => a.show(m.current),
                  },
                  t.debrief.showQuestion,
                ),
                h(
                  'button',
                  {
                    type: 'button',
                    'data-action': 'next-question',
                    disabled: m.current >= m.questions.length - 1,
                    onclick: () => a.select(m.current + 1),
                  },
                  t.debrief.next,
                ),
                h('button', { type: 'button', 'data-action': 'hide-question', onclick: () => a.show(null) }, t.debrief.hideQuestion),
              ),
              m.phones ? answersPanel(m, a) : null,
            ),
        h(
          'div',
          { class: 'actions ws-report-actions' },
          h('button', { type: 'button', class: 'primary', 'data-action': 'download-report', onclick: a.download }, t.debrief.download),
          h('button', { type: 'button', 'data-action': 'printable-report', onclick: a.printable }, t.debrief.printable),
          h('button', { type: 'button', 'data-action': 'new-workshop', onclick: a.newWorkshop }, t.debrief.newWorkshop),
        ),
      ),
      h(
        'div',
        { class: 'ws-debrief-side' },
        h('h3', {}, t.debrief.path),
        // The scenario's path map goes here (it draws the group's path beside the paths not taken).
        h(
          'section',
          { 'data-slot': 'path-map', 'data-scenario': record.scenarioId, class: 'ws-path-map' },
          h('p', { class: 'hint' }, t.debrief.pathPlaceholder),
        ),
        h('h3', {}, game.debrief.curves),
        h('figure', { class: 'chart' }, chart, h('figcaption', {}, description)),
        h('h3', {}, t.debrief.rounds),
        rounds,
      ),
    ),
  );
}
