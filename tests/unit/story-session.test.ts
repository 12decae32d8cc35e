import { describe, expect, it } from 'vitest';
import { StorySession } from '../../src/core/story-session.ts';
import type { Beat } from '../../src/core/tags.ts';
import { fakeClock, fixtureBundle, SAM, session } from './helpers.ts';

const basic = fixtureBundle('basic');

describe('StorySession', () => {
  it('turns ink lines into typed beats and stops at the first choice point', () => {
    const s = session(basic);
    const beats: Beat[] = [];
    s.on('beat', (b) => beats.push(b));
    s.start();
    expect(beats.map((b) => b.text)).toEqual([
      'Sam stands at the sink. They look up.',
      "You're late,",
      'and I noticed.',
      'A plate lands too hard.',
    ]);
    const [first, second] = beats;
    expect(first).toMatchObject({ role: 'narration', chapter: 'Evening', place: 'kitchen', time: 'evening', pose: 'calm', problems: [] });
    expect(second).toMatchObject({ role: 'speech', speaker: 'loved' });
    expect(beats[3]?.cues).toEqual(['flinch']);
    expect(s.stage).toMatchObject({ place: 'kitchen', time: 'evening', pose: 'calm', chapter: 'Evening' });
    const point = s.choicePoint;
    expect(point?.discuss).toBe('What is going on?');
    expect(point?.options.map((o) => [o.text, o.kind, o.blocked])).toEqual([
      ['“Talk to me.”', 'pursue', null],
      ["“I'm here.”", 'attune', null],
    ]);
  });

  it('uses the pronouns and name the player chose', () => {
    const s = session(basic, { lovedOne: { name: 'Noa', pronoun: 'she' } });
    s.start();
    expect(s.log[0]?.type === 'beat' && s.log[0].beat.text).toBe('Noa stands at the sink. She looks up.');
  });

  it('reports the meters each choice moved and records the step', () => {
    const s = session(basic);
    s.start();
    const changes: unknown[] = [];
    s.on('meters', (m) => changes.push(m));
    const step = s.choose(0);
    expect(s.lastKind).toBe('pursue');
    expect(changes).toEqual([
      { meters: { alarm: 7, trust: 3, reserve: 5, cycle: 1 }, delta: { alarm: 3, trust: -1, reserve: -1, cycle: 1 }, kind: 'pursue' },
    ]);
    expect(step).toMatchObject({ choiceIndex: 0, kind: 'pursue', text: '“Talk to me.”', inner: ['Here it comes.'] });
    expect(step.before).toEqual({ alarm: 4, trust: 4, reserve: 6, cycle: 0 });
    expect(s.stage.pose).toBe('turned-away');
    const intense = s.log.find((e) => e.type === 'beat' && e.beat.intense);
    expect(intense?.type === 'beat' && intense.beat.intense).toBe('Something harsh is said.');
  });

  it('ends with the ending of the last line and a complete run record', () => {
    const s = session(basic);
    let ended: unknown = null;
    s.on('ended', (e) => {
      ended = e.ending;
    });
    s.start();
    s.choose(1);
    s.choose(0);
    expect(s.ended).toBe(true);
    expect(ended).toBe('fragile');
    expect(s.record).toMatchObject({ scenarioId: 'basic', lang: 'en', seed: 42, ending: 'fragile', lovedOne: SAM });
    expect(s.record.steps.map((st) => st.kind)).toEqual(['attune', 'neutral']);
    // One caring answer calms; trust waits for consistency (the model's slow trust).
    expect(s.record.steps[0]?.after).toEqual({ alarm: 3, trust: 4, reserve: 6, cycle: 0 });
    expect(() => s.choose(0)).toThrow(/no choice/);
  });

  it('crosses out attuned options when reserve is low, and refuses them', () => {
    const s = session(fixtureBundle('low-reserve'));
    s.start();
    expect(s.choicePoint?.options.map((o) => o.blocked)).toEqual(['low-reserve', null]);
    expect(() => s.choose(0)).toThrow(/crossed out/);
    s.choose(1);
    expect(s.lastKind).toBe('boundary');
  });

  it('restores a snapshot taken mid-run and continues identically', () => {
    const a = session(basic);
    a.start();
    a.choose(0);
    const snap = JSON.parse(JSON.stringify(a.snapshot()));
    const b = StorySession.restore({ bundle: basic, clock: fakeClock() }, snap);
    expect(b.choicePoint).toEqual(a.choicePoint);
    expect(b.log).toEqual(a.log);
    expect(b.meters).toEqual(a.meters);
    const beatsA: string[] = [];
    const beatsB: string[] = [];
    a.on('beat', (x) => beatsA.push(x.text));
    b.on('beat', (x) => beatsB.push(x.text));
    a.choose(0);
    b.choose(0);
    expect(beatsB).toEqual(beatsA);
    expect(b.record.ending).toBe(a.record.ending);
    expect(b.record.steps.map((s) => s.after)).toEqual(a.record.steps.map((s) => s.after));
  });

  it('replays deterministically from a seed, randomness included', () => {
    const bundle = fixtureBundle('random');
    const text = (s: StorySession) => s.log.map((e) => (e.type === 'beat' ? e.beat.text : e.step.text)).join('|');
    const one = StorySession.replay({ bundle, lovedOne: SAM, seed: 7 }, [0]);
    const two = StorySession.replay({ bundle, lovedOne: SAM, seed: 7 }, [0]);
    const other = StorySession.replay({ bundle, lovedOne: SAM, seed: 8 }, [0]);
    expect(text(one)).toEqual(text(two));
    expect(text(one)).not.toEqual(text(other));
  });

  it('lets a subscriber close its subscription', () => {
    const s = session(basic);
    const seen: string[] = [];
    const sub = s.on('beat', (b) => seen.push(b.text));
    s.start();
    sub.close();
    s.choose(0);
    expect(seen).toHaveLength(4);
  });

  it('reports an ink runtime error as an event instead of throwing', () => {
    const s = session(fixtureBundle('runtime-error'));
    const errors: string[] = [];
    s.on('error', (e) => errors.push(e.message));
    s.start();
    expect(() => s.choose(0)).not.toThrow();
    expect(errors.length).toBe(1);
  });

  it('refuses variables the story does not declare', () => {
    expect(() => session(basic, { variables: { nope: 1 } })).toThrow(/no variable "nope"/);
  });
});
