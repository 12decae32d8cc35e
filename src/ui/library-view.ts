// The run library: every kept run, grouped by scenario, with its date, ending, label and
// where it branched from; open, continue, duplicate as a new branch, or delete (with undo).
import type { ScenarioEntry } from '../core/catalog.ts';
import type { RunRecord } from '../core/run-record.ts';
import { h } from './dom.ts';
import type { Dict } from './i18n/index.ts';

export interface LibraryOptions {
  t: Dict;
  runs: readonly RunRecord[];
  /** The scenario (in the run's own language) a run belongs to, if it still exists. */
  entryOf: (run: RunRecord) => ScenarioEntry | undefined;
  formatDate: (time: number) => string;
  onOpen: (run: RunRecord) => void;
  onDuplicate: (run: RunRecord) => void;
  onLabel: (run: RunRecord, label: string) => void;
  onDelete: (run: RunRecord) => void;
  onExport: (runs: readonly RunRecord[]) => void;
  onImport: (file: File) => void;
  onMap: (run: RunRecord) => void;
  /** This run beside the one before it (its parent, for a branch). */
  onCompare: (run: RunRecord) => void;
  onMenu: () => void;
}

export function libraryView(o: LibraryOptions): HTMLElement {
  const { t } = o;
  const groups = new Map<string, RunRecord[]>();
  for (const run of o.runs) groups.set(run.scenarioId, [...(groups.get(run.scenarioId) ?? []), run]);
  const sections = [...groups].map(([id, runs]) => {
    const title = (runs[0] && o.entryOf(runs[0])?.meta.title) ?? id;
    return h(
      'section',
      { class: 'library-group', 'aria-labelledby': `library-${id}` },
      h('h3', { id: `library-${id}` }, title),
      h('ul', { class: 'library-runs', role: 'list' }, ...runs.map((run) => runItem(o, run))),
    );
  });
  return h(
    'section',
    { class: 'screen library', 'aria-labelledby': 'library-heading' },
    h('h2', { id: 'library-heading' }, t.library.heading),
    h('p', { class: 'intro' }, t.library.intro),
    fileActions(o),
    ...(sections.length > 0 ? sections : [h('p', {}, t.library.empty)]),
    h('div', { class: 'actions' }, h('button', { type: 'button', onclick: o.onMenu }, t.debrief.menu)),
  );
}

function runItem(o: LibraryOptions, run: RunRecord): HTMLElement {
  const { t } = o;
  const id = `run-${run.startedAt}-${run.seed}`;
  const label = h('input', { type: 'text', id: `${id}-label`, maxlength: 80, value: run.label ?? '', placeholder: t.library.labelHint });
  label.addEventListener('change', () => o.onLabel(run, label.value.trim()));
  const ending = run.ending ? t.endings[run.ending].title : t.library.unfinished;
  const exists = o.entryOf(run) !== undefined;
  const item = h(
    'li',
    { class: 'library-run', 'data-run': id },
    h(
      'p',
      { class: 'run-head', id: `${id}-head` },
      h('strong', {}, o.formatDate(run.startedAt)),
      ` · ${run.lovedOne.name} · ${run.lang.toUpperCase()} · `,
      h('span', { 'data-run-ending': run.ending ?? 'unfinished' }, ending),
    ),
    h('p', { class: 'hint' }, t.library.choices(run.steps.length)),
    run.parent ? h('p', { class: 'hint' }, t.library.branchOf(o.formatDate(run.parent.startedAt), run.parent.step + 1)) : null,
    h('label', { for: `${id}-label` }, t.library.label),
    label,
    exists
      ? h(
          'div',
          { class: 'actions' },
          h(
            'button',
            { type: 'button', class: 'primary', 'data-action': 'open', onclick: () => o.onOpen(run) },
            run.ending ? t.library.open : t.library.resume,
          ),
          h('button', { type: 'button', 'data-action': 'map', onclick: () => o.onMap(run) }, t.map.open),
          h('button', { type: 'button', 'data-action': 'compare', onclick: () => o.onCompare(run) }, t.compare.open),
          h('button', { type: 'button', 'data-action': 'duplicate', onclick: () => o.onDuplicate(run) }, t.library.duplicate),
          h('button', { type: 'button', 'data-action': 'export-one', onclick: () => o.onExport([run]) }, t.library.exportOne),
          h('button', { type: 'button', 'data-action': 'delete', onclick: () => o.onDelete(run) }, t.library.delete),
        )
      : h('p', { class: 'hint' }, t.library.gone),
  );
  // Every run has the same buttons: each is described by its run, so "Open" says which.
  for (const button of item.querySelectorAll('.actions button')) button.setAttribute('aria-describedby', `${id}-head`);
  return item;
}

function fileActions(o: LibraryOptions): HTMLElement {
  const { t } = o;
  const input = h('input', { type: 'file', id: 'import-file', accept: '.json,application/json', class: 'visually-hidden' });
  input.addEventListener('change', () => {
    const file = input.files?.[0];
    if (file) o.onImport(file);
    input.value = '';
  });
  return h(
    'div',
    { class: 'actions library-files' },
    h(
      'button',
      { type: 'button', 'data-action': 'export-all', disabled: o.runs.length === 0, onclick: () => o.onExport(o.runs) },
      t.library.exportAll,
    ),
    input,
    h('label', { for: 'import-file', class: 'button-like', 'data-action': 'import' }, t.library.importFile),
  );
}
