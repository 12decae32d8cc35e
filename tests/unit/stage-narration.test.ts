import { describe, expect, it } from 'vitest';
import { en } from '../../src/ui/i18n/en.ts';
import { nl } from '../../src/ui/i18n/nl.ts';
import { narrateCue, narrateStage, type StageView } from '../../src/ui/stage-narration.ts';

const meters = { alarm: 4, trust: 4, reserve: 6, cycle: 0 };
const calm: StageView = { place: 'kitchen', time: 'evening', pose: 'calm', meters };

describe('the stage in words', () => {
  it('says nothing when nothing visible changed', () => {
    expect(narrateStage(en, { name: 'Sam', pronoun: 'they' }, calm, { ...calm, meters: { ...meters, cycle: 3 } })).toEqual([]);
  });

  it('names a new place and time, then the pose, with the loved one’s name', () => {
    const after: StageView = { ...calm, place: 'hallway', time: 'night', pose: 'turned-away' };
    expect(narrateStage(en, { name: 'Sam', pronoun: 'they' }, calm, after)).toEqual([
      'Scene: the hallway, night.',
      'Sam turns away from you.',
    ]);
    expect(narrateStage(nl, { name: 'Sam', pronoun: 'they' }, calm, after)).toEqual([
      'Plek: de gang, nacht.',
      'Sam draait zich van je af.',
    ]);
  });

  it('says in one sentence what moved between you, with the right pronoun', () => {
    const after: StageView = { ...calm, meters: { alarm: 7, trust: 3, reserve: 5, cycle: 1 } };
    expect(narrateStage(en, { name: 'Robin', pronoun: 'she' }, calm, after)).toEqual([
      'The distance between you grows; the glow around her grows brighter and faster; the thread between you thins; your own glow fades.',
    ]);
    expect(narrateStage(nl, { name: 'Robin', pronoun: 'he' }, after, calm)).toEqual([
      'De afstand tussen jullie wordt kleiner; de gloed om hem heen komt tot rust; de draad tussen jullie wordt sterker; je eigen gloed wordt groter.',
    ]);
  });

  it('leaves out a change of distance too small to see', () => {
    // One point of trust moves the figures 14 px: the thread changes, the distance hardly.
    const after: StageView = { ...calm, meters: { ...meters, trust: 5 } };
    expect(narrateStage(en, { name: 'Noa', pronoun: 'he' }, calm, after)).toEqual(['The thread between you grows stronger.']);
  });

  it('describes staging cues such as a message read and unanswered', () => {
    expect(narrateCue(en, { name: 'Noa', pronoun: 'she' }, 'phone-read')).toBe('Your message shows as read. No answer.');
    expect(narrateCue(nl, { name: 'Noa', pronoun: 'she' }, 'typing')).toBe('Noa is aan het typen…');
  });
});
