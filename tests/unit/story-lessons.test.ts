// The lessons report (src/build/story-lessons.ts): fixed-rule players, the best path, and the
// moments where care looks worse before it helps, on a fixture built to teach exactly that.
import { describe, expect, it } from 'vitest';
import { exploreStory } from '../../src/build/story-explorer.ts';
import { lessonProblems, lessonsAcross, namesTime, ruleChoices } from '../../src/build/story-lessons.ts';
import { fixtureBundle } from './helpers.ts';

describe('fixed-rule players', () => {
  const options = [
    { kind: 'pursue' as const, text: 'We are talking about this at nine, whether you like it or not.' },
    { kind: 'attune' as const, text: 'I am here.' },
    { kind: 'boundary' as const, text: "I'll take a walk and be back." },
  ];

  it('pick by their rule, and fall back on the caring order where the rule offers nothing', () => {
    expect(ruleChoices('caring', options)).toEqual([1]);
    expect(ruleChoices('boundary', options)).toEqual([2]);
    expect(ruleChoices('longest', options)).toEqual([0]);
    expect(ruleChoices('names-time', options)).toEqual([0, 2]);
    expect(ruleChoices('boundary', options.slice(0, 2))).toEqual([1]);
    expect(ruleChoices('caring', options.slice(0, 1))).toEqual([0]);
  });

  it('recognise an option that names a time or a return, in English and Dutch', () => {
    for (const text of ['back by nine', "I'll be back", 'Om negen uur ben ik er', 'Ik kom straks terug', 'in an hour', 'Morgen praten we'])
      expect(namesTime(text), text).toBe(true);
    for (const text of ['I am here.', 'Ik blijf.', 'Ze trekt zich terug', 'Take your time'])
      expect(namesTime(text), text).toBe(text === 'Ze trekt zich terug');
  });
});

describe('the lessons of a scenario', () => {
  const result = exploreStory(fixtureBundle('lessons').json);
  const lessons = result.lessons;

  it('show that always caring does not reach safety where a reader of the moment does', () => {
    expect(lessons?.rules.caring).not.toContain('safety');
    expect(result.stats.endings.safety).toBeGreaterThan(0);
    expect(lessons?.best).toMatchObject({ ending: 'safety', finalTrust: 6, points: 3, levelAt: 2, lastTwoMove: true });
  });

  it('count where care raises alarm first, where it pays off later, and what burnout needs', () => {
    expect(lessons?.careRaisesAlarm).toBeGreaterThanOrEqual(2);
    expect(lessons?.payoffs).toBe(2);
    expect(lessons?.minAppeaseToBurnout).toBe(3);
    expect(lessons?.caringLongest).toEqual([1, 3]);
  });

  it('are judged against the bars of issue #13', () => {
    if (!lessons) throw new Error('no lessons');
    expect(lessonProblems(lessons, 6)).toEqual([]);
    expect(lessonProblems({ ...lessons, minAppeaseToBurnout: 2, payoffs: 1 }, 10)).toEqual([
      'an earlier caring answer pays off later at only 1 moments (at least 2)',
      'burnout after only 2 appeasing choices on some path (at least 3)',
      'trust reaches the top of its scale (10) within one scenario',
    ]);
    const across = lessonsAcross([
      { id: 'a', lang: 'en', lessons },
      { id: 'b', lang: 'en', lessons: { ...lessons, rules: { ...lessons.rules, caring: ['safety'] } } },
    ]);
    expect(across.find((r) => r.rule === 'caring')).toMatchObject({ fails: ['a'], wins: ['b'] });
  });
});
