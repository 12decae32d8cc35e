// The report's data and words, shared by the Markdown download and the printable page.
import type { ScenarioEntry } from '../../core/catalog.ts';
import { SELF_CHECK_TEXTS } from '../../core/self-check-texts.ts';
import type { ReportData, ReportLabels } from '../../workshop/report.ts';
import type { RoomCheckCounts, RoomMoment } from '../../workshop/room-check.ts';
import type { WorkshopFlow } from '../../workshop/workshop-flow.ts';
import type { Dict } from '../i18n/index.ts';
import type { WorkshopDict } from './i18n-en.ts';

export function reportParts(o: {
  t: WorkshopDict;
  game: Dict;
  entry: ScenarioEntry;
  flow: WorkshopFlow;
  questions: string[];
  selfCheck?: Record<RoomMoment, RoomCheckCounts | null>;
}) {
  const { t, game, flow } = o;
  const record = flow.record;
  const data: ReportData = {
    title: o.entry.meta.title,
    scenarioId: record.scenarioId,
    lang: record.lang,
    date: record.startedAt,
    settings: { ...flow.settings },
    initialMeters: record.initialMeters,
    rounds: structuredClone(flow.rounds),
    ending: record.ending,
    questions: o.questions,
    selfCheck: o.selfCheck,
  };
  const labels: ReportLabels = {
    ...t.report,
    languageName: t.languages[record.lang],
    votingMode: t.setup.votingModes[flow.settings.voting],
    metersMode: t.setup.metersModes[flow.settings.meters],
    endingTitle: record.ending ? game.endings[record.ending].title : t.phases.scene,
    selfCheck: {
      heading: t.roomCheck.heading,
      moments: t.roomCheck.moments,
      statements: SELF_CHECK_TEXTS[record.lang].statements,
      levels: SELF_CHECK_TEXTS[record.lang].levels,
      hidden: t.roomCheck.hidden,
    },
  };
  const format = new Intl.DateTimeFormat(record.lang === 'nl' ? 'nl-NL' : 'en-GB', { dateStyle: 'long', timeStyle: 'short' });
  return { data, labels, formatDate: (time: number) => format.format(time) };
}

/** Offers the report as a Markdown file (the browser's own download; nothing leaves the device). */
export function downloadText(name: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
