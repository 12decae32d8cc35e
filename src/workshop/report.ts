// The session report: what the group met and chose, as data and as Markdown. It holds no
// participant data by construction: no tokens, no names, no answers typed on phones; only
// the scenario, the counts and the facilitator's choices.
import type { Meters } from '../core/meters.ts';
import type { EndingType } from '../core/protocol.ts';
import type { Lang } from '../core/run-record.ts';
import { LEVELS, type Level, SELF_CHECK_ITEMS, type SelfCheckItem } from '../core/self-check-items.ts';
import { ROOM_MOMENTS, type RoomCheckCounts, type RoomMoment, spread } from './room-check.ts';
import type { RoundRecord, WorkshopSettings } from './workshop-flow.ts';

export interface ReportData {
  title: string;
  scenarioId: string;
  lang: Lang;
  /** When the workshop started (epoch ms). */
  date: number;
  settings: WorkshopSettings;
  initialMeters: Meters;
  rounds: RoundRecord[];
  ending: EndingType | null;
  questions: string[];
  /** The room's self-check: counts per moment (null: not asked). */
  selfCheck?: Record<RoomMoment, RoomCheckCounts | null>;
}

export interface RoomCheckLabels {
  heading: string;
  moments: Record<RoomMoment, string>;
  statements: Record<SelfCheckItem, string>;
  levels: Record<Level, string>;
  hidden: (respondents: number) => string;
}

/** The self-check part of the report: per moment asked, a line per statement, or why it is hidden. */
export function roomCheckReport(
  counts: ReportData['selfCheck'],
  labels: RoomCheckLabels,
): { heading: string; moments: { label: string; lines: string[] }[] } | null {
  const asked = ROOM_MOMENTS.filter((m) => counts?.[m]);
  if (!counts || asked.length === 0) return null;
  const moments = asked.map((m) => {
    const shown = spread(counts[m]);
    const lines = shown.shown
      ? SELF_CHECK_ITEMS.map(
          (item) =>
            `${labels.statements[item]} ${LEVELS.map((level, i) => `${labels.levels[level]}: ${shown.counts.items[item][i] ?? 0}`).join(', ')}`,
        )
      : [labels.hidden(shown.respondents)];
    return { label: labels.moments[m], lines };
  });
  return { heading: labels.heading, moments };
}

/** Words the report needs, from the UI's dictionary. */
export interface ReportLabels {
  heading: string;
  scenario: string;
  language: string;
  languageName: string;
  date: string;
  voting: string;
  votingMode: string;
  meters: string;
  metersMode: string;
  start: string;
  choicePoint: (n: number) => string;
  prompt: string;
  votes: (n: number) => string;
  noVote: string;
  chosen: string;
  /** Heads the line that names the chosen option. */
  choice: string;
  majority: string;
  override: string;
  tie: string;
  crossedOut: string;
  metersAfter: (m: Meters) => string;
  ending: string;
  endingTitle: string;
  questions: string;
  privacy: string;
  selfCheck?: RoomCheckLabels;
}

const md = (text: string) => text.replace(/([\\`*_[\]<>|#])/g, '\\$1').replace(/\s+/g, ' ');

/** How the facilitator's choice relates to the vote: majority, tie, override, or no vote. */
export function choiceNote(round: RoundRecord, labels: Pick<ReportLabels, 'majority' | 'override' | 'tie' | 'noVote'>): string {
  if (!round.counts || round.majority.length === 0) return labels.noVote;
  if (round.overridden) return labels.override;
  return round.majority.length > 1 ? labels.tie : labels.majority;
}

export function reportMarkdown(data: ReportData, labels: ReportLabels, formatDate: (time: number) => string): string {
  const lines: string[] = [
    `# ${labels.heading}: ${md(data.title)}`,
    '',
    `- ${labels.scenario}: ${md(data.title)} (${data.scenarioId})`,
    `- ${labels.language}: ${labels.languageName}`,
    `- ${labels.date}: ${formatDate(data.date)}`,
    `- ${labels.voting}: ${labels.votingMode}`,
    `- ${labels.meters}: ${labels.metersMode}`,
    `- ${labels.start}: ${labels.metersAfter(data.initialMeters)}`,
    '',
  ];
  for (const [i, round] of data.rounds.entries()) {
    lines.push(`## ${labels.choicePoint(i + 1)}`, '');
    if (round.prompt) lines.push(`${labels.prompt}: ${md(round.prompt)}`, '');
    for (const option of round.options) {
      const count = round.counts ? ` (${labels.votes(round.counts[option.index] ?? 0)})` : '';
      const mark = option.index === round.chosen ? ` **← ${labels.chosen}**` : '';
      const blocked = option.blocked ? ` (${labels.crossedOut})` : '';
      lines.push(`${option.index + 1}. ${md(option.text)}${blocked}${count}${mark}`);
    }
    lines.push('', `${labels.choice}: ${round.chosen + 1} (${choiceNote(round, labels)})`, '');
    lines.push(`${labels.metersAfter(round.after)}`, '');
  }
  lines.push(`## ${labels.ending}`, '', labels.endingTitle, '');
  lines.push(`## ${labels.questions}`, '', ...data.questions.map((q) => `- ${md(q)}`), '');
  const check = labels.selfCheck ? roomCheckReport(data.selfCheck, labels.selfCheck) : null;
  if (check) {
    lines.push(`## ${check.heading}`, '');
    for (const moment of check.moments) lines.push(`### ${moment.label}`, '', ...moment.lines.map((l) => `- ${md(l)}`), '');
  }
  lines.push(`*${labels.privacy}*`, '');
  return lines.join('\n');
}
