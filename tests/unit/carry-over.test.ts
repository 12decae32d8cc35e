// The rupture the morning after opens with is what the player really did in the fight: every
// hurtful answer of the fight maps to one, the most hurtful wins, and the morning after (and
// the start screen) tells each one in its own words.
import fc from 'fast-check';
import { Story } from 'inkjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { CARRY_OVER, type CarriedStep, FIGHT_RUPTURES, fightRupture, inkPlace, RUPTURES } from '../../src/core/carry-over.ts';
import type { ChoiceKind } from '../../src/core/protocol.ts';
import { en } from '../../src/ui/i18n/en.ts';
import { nl } from '../../src/ui/i18n/nl.ts';
import { session, storyBundle } from './helpers.ts';

const LANGS = ['en', 'nl'] as const;
// Compiling a scenario takes seconds on a loaded machine: once per scenario and language.
const bundles = new Map<string, ReturnType<typeof storyBundle>>();
function bundle(lang: (typeof LANGS)[number], id: string) {
  const key = `${lang}/${id}`;
  if (!bundles.has(key)) bundles.set(key, storyBundle(lang, id));
  return bundles.get(key) as ReturnType<typeof storyBundle>;
}
const SLOW = 60_000;
const ROUNDS: readonly ChoiceKind[] = ['personalize', 'pursue', 'label'];

interface FightOption extends CarriedStep {
  text: string;
}

/** Every option of the fight, once each: a walk that expands each option the first time it is seen. */
function fightOptions(lang: (typeof LANGS)[number]): FightOption[] {
  const story = new Story(bundle(lang, 'fight-about-nothing').json);
  story.variablesState.$('loved_name', 'Noa');
  const seen = new Map<string, FightOption>();
  const walk = () => {
    story.ContinueMaximally();
    const saved = story.state.ToJson();
    story.currentChoices.forEach((choice, i) => {
      const optionId = choice.targetPath?.toString() ?? choice.sourcePath;
      if (seen.has(optionId)) return;
      const kind = (choice.tags ?? []).find((t) => t.startsWith('kind:'))?.slice(5) as ChoiceKind;
      seen.set(optionId, { optionId, kind, text: choice.text });
      story.state.LoadJson(saved);
      story.ChooseChoiceIndex(i);
      walk();
    });
  };
  walk();
  return [...seen.values()];
}

describe.each(LANGS)('the fight about nothing (%s)', (lang) => {
  let options: FightOption[] = [];
  beforeAll(() => {
    options = fightOptions(lang);
  }, SLOW);

  it('gives every hurtful answer a rupture, and none to the others', () => {
    expect(options.length).toBeGreaterThan(25);
    for (const o of options) {
      const rupture = fightRupture([o]);
      // The one round that is no rupture: a tender "tell me" at the credits, before the fight.
      if (ROUNDS.includes(o.kind) && inkPlace(o.optionId) !== 'opening') expect(rupture, `${o.optionId}: ${o.text}`).not.toBeNull();
      else expect(rupture, `${o.optionId}: ${o.text}`).toBeNull();
    }
  });

  it('reaches every rupture, from a place that exists', () => {
    const reached = new Set(options.map((o) => fightRupture([o])));
    for (const r of RUPTURES) expect(reached.has(r), r).toBe(true);
    const places = new Set(options.map((o) => inkPlace(o.optionId)));
    for (const place of Object.keys(FIGHT_RUPTURES)) expect(places.has(place), place).toBe(true);
  });

  it('tells a cruel remark apart from keeping score and from going cold, though all three are personalize', () => {
    const byText = (part: string) => {
      const o = options.find((x) => x.text.includes(part));
      if (!o) throw new Error(`no option with ${part}`);
      return fightRupture([o]);
    };
    const words =
      lang === 'en'
        ? { cruel: 'ruin every nice evening', score: 'cooked four times', cold: 'without saying goodnight', late: 'face down' }
        : { cruel: 'verpest in elk geval', score: 'vier keer gekookt', cold: 'zonder welterusten', late: 'omgekeerd neer' };
    expect(byText(words.cruel)).toBe('hit-back');
    expect(byText(words.score)).toBe('kept-score');
    expect(byText(words.cold)).toBe('went-cold');
    expect(byText(words.late)).toBe('stayed-out');
  });

  it('names the most hurtful rupture of a run, whatever the order of the answers', () => {
    const hurtful = options.filter((o) => fightRupture([o]));
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...options), { maxLength: 9 }), fc.constantFrom(...hurtful), (run, extra) => {
        const found = fightRupture(run);
        expect(fightRupture([...run].reverse())).toBe(found);
        const expected = RUPTURES.find((r) => run.some((o) => fightRupture([o]) === r)) ?? null;
        expect(found).toBe(expected);
        // One more hurtful answer never makes the named rupture a milder one.
        const more = fightRupture([...run, extra]) as string;
        expect(RUPTURES.indexOf(more as (typeof RUPTURES)[number])).toBeLessThanOrEqual(found ? RUPTURES.indexOf(found) : RUPTURES.length);
      }),
    );
  });

  it(
    'plays a real run to the rupture it chose',
    () => {
      const s = session(bundle(lang, 'fight-about-nothing'));
      s.start();
      // Warm at the credits, then hit back with the cruel remark, then go to bed cold.
      const pick = (kind: ChoiceKind) => {
        const o = s.choicePoint?.options.find((x) => x.kind === kind && !x.blocked);
        if (!o) throw new Error(`no ${kind} option`);
        s.choose(o.index);
      };
      for (const kind of ['attune', 'attune', 'attune', 'personalize'] as const) pick(kind);
      while (s.choicePoint) pick(s.choicePoint.options.some((o) => o.kind === 'personalize') ? 'personalize' : 'appease');
      expect(CARRY_OVER['the-morning-after']?.derive(s.record.steps)).toBe('hit-back');
    },
    SLOW,
  );
});

describe.each(LANGS)('the morning after (%s)', (lang) => {
  const opening = (rupture: string) => {
    const s = session(bundle(lang, 'the-morning-after'), { variables: { rupture } });
    s.start();
    return s.log.flatMap((e) => (e.type === 'beat' ? [e.beat.text] : [])).join('\n');
  };

  it(
    'opens each rupture with its own account of last night, and a start-screen line for it',
    () => {
      const texts = RUPTURES.map(opening);
      expect(new Set(texts).size).toBe(RUPTURES.length);
      for (const text of texts) expect(text).not.toMatch(/coat and walked out|in the rain|jas en liep|in de regen/);
      const dict = lang === 'en' ? en : nl;
      expect(Object.keys(dict.start.ruptures).sort()).toEqual([...RUPTURES].sort());
    },
    SLOW,
  );
});
