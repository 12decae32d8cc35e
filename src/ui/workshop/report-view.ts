// The printable report: the same content as the Markdown file, as a page. The print
// stylesheet hides the controls, so printing this screen gives a clean document.
import { choiceNote, type ReportData, type ReportLabels, roomCheckReport } from '../../workshop/report.ts';
import { h } from '../dom.ts';

export interface ReportViewOptions {
  data: ReportData;
  labels: ReportLabels;
  formatDate: (time: number) => string;
  printLabel: string;
  backLabel: string;
  onBack: () => void;
}

export function reportView(o: ReportViewOptions): HTMLElement {
  const { data, labels } = o;
  const facts: [string, string][] = [
    [labels.scenario, data.title],
    [labels.language, labels.languageName],
    [labels.date, o.formatDate(data.date)],
    [labels.voting, labels.votingMode],
    [labels.meters, labels.metersMode],
    [labels.start, labels.metersAfter(data.initialMeters)],
  ];
  const rounds = data.rounds.map((round, i) =>
    h(
      'section',
      { class: 'ws-report-round', 'data-round': i },
      h('h3', {}, labels.choicePoint(i + 1)),
      round.prompt ? h('p', {}, h('strong', {}, `${labels.prompt}: `), round.prompt) : null,
      h(
        'ol',
        {},
        ...round.options.map((option) =>
          h(
            'li',
            { class: option.index === round.chosen ? 'ws-chosen' : null },
            option.text,
            option.blocked ? ` (${labels.crossedOut})` : '',
            round.counts ? h('span', { class: 'ws-report-count' }, ` (${labels.votes(round.counts[option.index] ?? 0)})`) : null,
            option.index === round.chosen ? h('strong', {}, ` ← ${labels.chosen}`) : null,
          ),
        ),
      ),
      h('p', {}, `${labels.choice}: ${round.chosen + 1} (${choiceNote(round, labels)})`),
      h('p', { class: 'hint' }, labels.metersAfter(round.after)),
    ),
  );
  return h(
    'section',
    { class: 'screen ws-report', 'aria-labelledby': 'ws-report-heading' },
    h('h2', { id: 'ws-report-heading' }, `${labels.heading}: ${data.title}`),
    h('dl', { class: 'ws-report-facts' }, ...facts.flatMap(([k, v]) => [h('dt', {}, k), h('dd', {}, v)])),
    ...rounds,
    h('h3', {}, labels.ending),
    h('p', { 'data-report-ending': data.ending ?? '' }, labels.endingTitle),
    h('h3', {}, labels.questions),
    h('ul', {}, ...data.questions.map((q) => h('li', {}, q))),
    ...roomCheckPart(data, labels),
    h('p', { class: 'hint' }, labels.privacy),
    h(
      'div',
      { class: 'actions' },
      h('button', { type: 'button', class: 'primary', 'data-action': 'print', onclick: () => window.print() }, o.printLabel),
      h('button', { type: 'button', 'data-action': 'back', onclick: o.onBack }, o.backLabel),
    ),
  );
}

/** The room's self-check in the printable report: counts per moment, or why they are hidden. */
function roomCheckPart(data: ReportViewOptions['data'], labels: ReportViewOptions['labels']): HTMLElement[] {
  const check = labels.selfCheck ? roomCheckReport(data.selfCheck, labels.selfCheck) : null;
  if (!check) return [];
  return [
    h('h3', {}, check.heading),
    ...check.moments.flatMap((m) => [
      h('h4', {}, m.label),
      h('ul', { 'data-report-check': m.label }, ...m.lines.map((l) => h('li', {}, l))),
    ]),
  ];
}
