// A finished run read back whole: every passage, every answer and what it did, the ending's
// own lines included, as one document that prints cleanly. The run keeps only its choices,
// so its story is replayed (deterministically, with its seed) to get the text back.
import { loadBundle, type ScenarioEntry } from '../core/catalog.ts';
import type { RunRecord } from '../core/run-record.ts';
import { focusReturn, h } from './dom.ts';
import type { Dict } from './i18n/index.ts';
import { storyLines } from './story-lines.ts';

export interface TranscriptOptions {
  t: Dict;
  entry: ScenarioEntry;
  record: RunRecord;
  formatDate: (time: number) => string;
  show: (screen: HTMLElement) => void;
  onBack: () => void;
}

const resumeCode = () => import('../runs/resume.ts');

/** Open a run's transcript from a button: Back returns to the screen and to that button. */
export function openTranscript(o: Omit<TranscriptOptions, 'formatDate'> & { lang: 'nl' | 'en' }): void {
  const refocus = focusReturn();
  const formatDate = new Intl.DateTimeFormat(o.lang === 'nl' ? 'nl-NL' : 'en-GB', { dateStyle: 'medium', timeStyle: 'short' }).format;
  void showTranscript({
    ...o,
    formatDate,
    onBack: () => {
      o.onBack();
      refocus();
    },
  });
}

export async function showTranscript(o: TranscriptOptions): Promise<void> {
  const { t, entry, record } = o;
  const heading = h('h2', { id: 'transcript-heading' }, t.reading.transcriptHeading(entry.meta.title));
  const body = h('div', { class: 'transcript-body', 'aria-busy': 'true' }, h('p', {}, t.reading.transcriptLoading));
  o.show(
    h(
      'section',
      { class: 'screen transcript', 'aria-labelledby': 'transcript-heading' },
      heading,
      h('p', { class: 'hint' }, t.reading.transcriptAbout(record.lovedOne.name, o.formatDate(record.startedAt))),
      body,
      h(
        'div',
        { class: 'actions' },
        h('button', { type: 'button', 'data-action': 'print', onclick: () => window.print() }, t.reading.print),
        h('button', { type: 'button', 'data-action': 'back', onclick: o.onBack }, t.reading.back),
      ),
    ),
  );
  try {
    const [bundle, { resumeRun }] = await Promise.all([loadBundle(entry), resumeCode()]);
    const replayed = resumeRun(bundle, record);
    body.removeAttribute('aria-busy');
    if (!replayed.ok) {
      body.replaceChildren(h('p', { role: 'alert' }, t.reading.transcriptChanged));
      return;
    }
    const log = h('div', { class: 'story-log transcript-log', 'aria-label': t.play.storyLabel, role: 'region' });
    const lines = storyLines({
      t,
      log,
      lovedOne: record.lovedOne,
      lang: record.lang,
      initialMeters: record.initialMeters,
      onRewind: null,
    });
    for (const item of replayed.session.log) lines.addEntry(item);
    lines.settle();
    replayed.session.dispose();
    const ending = record.ending;
    body.replaceChildren(log);
    if (ending)
      body.append(
        h(
          'div',
          { class: 'ending' },
          h('p', { class: 'label' }, t.reading.endedHow),
          h('h3', {}, t.endings[ending].title),
          h('p', {}, t.endings[ending].text),
        ),
      );
  } catch {
    body.removeAttribute('aria-busy');
    body.replaceChildren(h('p', { role: 'alert' }, t.errors.load));
  }
}
