import { describe, expect, it } from 'vitest';
import { StorySession } from '../../src/core/story-session.ts';
import { workshopEn } from '../../src/ui/workshop/i18n-en.ts';
import { type ReportData, type ReportLabels, reportMarkdown } from '../../src/workshop/report.ts';
import { WorkshopFlow } from '../../src/workshop/workshop-flow.ts';
import { fakeClock, SAM, storyBundle } from './helpers.ts';

const bundle = storyBundle('en', 'fight-about-nothing');

function playedFlow() {
  const flow = WorkshopFlow.start(StorySession.create({ bundle, lovedOne: SAM, seed: 11, clock: fakeClock() }), {
    lang: 'en',
    voting: 'both',
    meters: 'always',
  });
  let first = true;
  while (flow.phase !== 'ended') {
    flow.toDiscussion();
    const open = flow.point?.options.find((o) => !o.blocked)?.index ?? 0;
    if (first) {
      flow.openVote();
      flow.setHandCounts([1, 4, 2]);
      flow.setPhoneCounts([0, 3, 1]);
      flow.closeVote();
      flow.reveal();
      flow.choose(0);
      first = false;
    } else flow.choose(open);
  }
  return flow;
}

const labels: ReportLabels = {
  ...workshopEn.report,
  languageName: 'English',
  votingMode: workshopEn.setup.votingModes.both,
  metersMode: workshopEn.setup.metersModes.always,
  endingTitle: 'The circle closed',
};

describe('the workshop report', () => {
  it('lists every choice point with options, counts and the choice, the override noted, the ending and the questions', () => {
    const flow = playedFlow();
    const data: ReportData = {
      title: 'The fight about nothing',
      scenarioId: 'fight-about-nothing',
      lang: 'en',
      date: flow.record.startedAt,
      settings: flow.settings,
      initialMeters: flow.record.initialMeters,
      rounds: flow.rounds,
      ending: flow.ending,
      questions: ['How are you now, in one word?'],
    };
    const md = reportMarkdown(data, labels, () => '25 November 2026');
    expect(md).toContain('# Workshop report: The fight about nothing');
    expect(md).toContain('25 November 2026');
    for (let i = 1; i <= flow.rounds.length; i++) expect(md).toContain(`## Choice ${i}`);
    expect(md).toContain('(1 vote)');
    expect(md).toContain('(7 votes)');
    expect(md).toContain('Chosen: 1 (the facilitator’s override)');
    expect(md).toContain('chosen without a vote');
    expect(md).toContain('## Ending');
    expect(md).toContain('- How are you now, in one word?');
    // No participant data: the loved one's name given in the room, tokens, answers.
    expect(md).not.toContain(SAM.name);
  });

  it('escapes Markdown in story text', () => {
    const flow = playedFlow();
    const round = { ...structuredClone(flow.rounds[0]!), prompt: 'Is *this* a [link](x)?' };
    const md = reportMarkdown(
      {
        title: 'T',
        scenarioId: 't',
        lang: 'en',
        date: 0,
        settings: flow.settings,
        initialMeters: flow.record.initialMeters,
        rounds: [round],
        ending: null,
        questions: [],
      },
      labels,
      () => '',
    );
    expect(md).toContain('Is \\*this\\* a \\[link\\](x)?');
  });
});
