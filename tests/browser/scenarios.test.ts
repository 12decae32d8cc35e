// Each of the five later scenarios played in Chromium to two different endings, one in
// Dutch and one in English. The paths are found with the story core first (kind
// preferences, the way a player leaning one way would play), then clicked like a person.
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileInkFile } from '../../src/build/ink-compile.ts';
import type { ChoiceKind, EndingType } from '../../src/core/protocol.ts';
import { StorySession } from '../../src/core/story-session.ts';
import { openGame, useBrowser } from './browser.ts';
import { ROOT } from './server.ts';

const LEANINGS: ChoiceKind[][] = [
  ['repair', 'boundary', 'attune', 'neutral', 'appease', 'personalize', 'pursue', 'label'],
  ['pursue', 'label', 'personalize', 'neutral', 'boundary', 'attune', 'repair', 'appease'],
  ['appease', 'neutral', 'attune', 'repair', 'boundary', 'personalize', 'pursue', 'label'],
];

function playLeaning(id: string, lang: 'nl' | 'en', leaning: ChoiceKind[]) {
  const { json } = compileInkFile(resolve(ROOT, 'stories', lang, `${id}.ink`));
  const session = StorySession.create({
    bundle: { scenarioId: id, lang, json, hash: '' },
    lovedOne: { name: 'Sam', pronoun: 'they' },
    seed: 1,
  });
  session.start();
  const picks: number[] = [];
  while (session.choicePoint) {
    const open = session.choicePoint.options.filter((o) => !o.blocked);
    const pick = [...open].sort((a, b) => leaning.indexOf(a.kind) - leaning.indexOf(b.kind))[0];
    if (!pick) throw new Error(`${id}: no open option`);
    picks.push(pick.index);
    session.choose(pick.index);
  }
  return { picks, ending: session.record.ending };
}

/** Two paths of one scenario that end differently. */
function twoEndings(id: string) {
  const plays = LEANINGS.map((leaning) => playLeaning(id, 'en', leaning));
  const first = plays[0];
  const other = plays.find((p) => p.ending !== first?.ending);
  if (!first || !other) throw new Error(`${id}: the leanings reach only one ending`);
  return [first, other];
}

const browser = useBrowser();

const SCENARIOS = ['two-days-of-silence', 'saturday-open-sunday-cold', 'enough-for-tonight', 'the-morning-after', 'seeing-the-dance'];

describe.each(SCENARIOS)('%s', (id) => {
  const [a, b] = twoEndings(id);
  const runs: { locale: string; play: { picks: number[]; ending: EndingType | null } }[] = [
    { locale: 'nl-NL', play: a as { picks: number[]; ending: EndingType | null } },
    { locale: 'en-GB', play: b as { picks: number[]; ending: EndingType | null } },
  ];

  it.each(runs)('reaches the $play.ending ending in $locale', async ({ locale, play }) => {
    const { page, errors } = await openGame(browser(), { locale });
    await page.click(`[data-scenario="${id}"]`);
    await page.click('[data-begin]');
    for (const [step, index] of play.picks.entries()) {
      const button = page.locator('[data-choices] .choice-row').nth(index).locator('button');
      await button.waitFor();
      expect(await button.isEnabled(), `option ${index + 1} at choice ${step + 1}`).toBe(true);
      await button.click();
    }
    await page.click('[data-action="look-back"]');
    await page.locator('[data-ending]').waitFor();
    expect(await page.getAttribute('[data-ending]', 'data-ending')).toBe(play.ending);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
