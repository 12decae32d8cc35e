// A golden transcript of one path through scenario 1 in each language: any change to
// the story, the tag parsing or the meter model shows up here as a readable diff.
import { describe, expect, it } from 'vitest';
import type { StorySession } from '../../src/core/story-session.ts';
import { session, storyBundle } from './helpers.ts';

function transcript(s: StorySession): string {
  const lines: string[] = [];
  for (const entry of s.log) {
    if (entry.type === 'choice') {
      const { step } = entry;
      const m = step.after;
      lines.push(`> [${step.kind}] ${step.text}`, `  meters: alarm ${m.alarm} trust ${m.trust} reserve ${m.reserve} cycle ${m.cycle}`);
      continue;
    }
    const b = entry.beat;
    const tags = [
      b.speaker && `speaker:${b.speaker}`,
      b.place && `place:${b.place}`,
      b.time && `time:${b.time}`,
      b.pose && `pose:${b.pose}`,
      ...b.cues.map((c) => `stage:${c}`),
      b.chapter && `chapter:${b.chapter}`,
      b.discuss && 'discuss',
      b.ending && `ending:${b.ending}`,
    ]
      .filter(Boolean)
      .join(' ');
    lines.push(`${b.role === 'narration' ? '' : `(${b.role}) `}${b.text}${tags ? `  #${tags}` : ''}`);
  }
  lines.push(`= ending: ${s.record.ending}`);
  return `${lines.join('\n')}\n`;
}

describe.each(['en', 'nl'] as const)('scenario 1 (%s)', (lang) => {
  it('plays the same path to the same words, tags and meters', async () => {
    const s = session(storyBundle(lang, 'fight-about-nothing'), { lovedOne: { name: 'Noa', pronoun: 'she' } });
    s.start();
    // A fixed, mixed path: cycle through the options that are open.
    for (let step = 0; s.choicePoint; step++) {
      const open = s.choicePoint.options.filter((o) => !o.blocked);
      const pick = open[step % open.length];
      if (!pick) throw new Error('no open option');
      s.choose(pick.index);
    }
    expect(s.record.steps.length).toBeGreaterThanOrEqual(6);
    await expect(transcript(s)).toMatchFileSnapshot(`golden/fight-about-nothing.${lang}.txt`);
  });
});
