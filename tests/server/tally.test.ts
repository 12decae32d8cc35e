import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { combineCounts, leaders, RoundTally } from '../../src/workshop/tally.ts';

const options = (n: number, disabled: number[] = []) =>
  Array.from({ length: n }, (_, index) => ({ index, disabled: disabled.includes(index) }));

describe('RoundTally', () => {
  it('counts one vote per token and lets it change until closed', () => {
    const tally = new RoundTally('r1', options(3));
    expect(tally.vote('a', 0)).toBe('counted');
    expect(tally.vote('b', 0)).toBe('counted');
    expect(tally.vote('a', 2)).toBe('changed');
    expect(tally.vote('a', 2)).toBe('unchanged');
    expect(tally.counts()).toEqual([1, 0, 1]);
    expect(tally.voters).toBe(2);
    tally.close();
    expect(tally.vote('b', 1)).toBe('closed');
    expect(tally.vote('c', 1)).toBe('closed');
    expect(tally.counts()).toEqual([1, 0, 1]);
    expect(tally.voteOf('a')).toBe(2);
    expect(tally.voteOf('c')).toBeNull();
  });

  it('refuses disabled and unknown options', () => {
    const tally = new RoundTally('r1', options(3, [1]));
    expect(tally.vote('a', 1)).toBe('bad-option');
    expect(tally.vote('a', 3)).toBe('bad-option');
    expect(tally.vote('a', -1)).toBe('bad-option');
    expect(tally.counts()).toEqual([0, 0, 0]);
  });

  it('always ends with counts equal to each token’s last vote', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: 0, max: 9 }), fc.integer({ min: 0, max: 4 })), { maxLength: 200 }), (votes) => {
        const tally = new RoundTally('r', options(4));
        const last = new Map<number, number>();
        for (const [token, index] of votes) {
          const outcome = tally.vote(`t${token}`, index);
          if (index < 4) last.set(token, index);
          else expect(outcome).toBe('bad-option');
        }
        const expected = [0, 0, 0, 0];
        for (const index of last.values()) expected[index] = (expected[index] ?? 0) + 1;
        expect(tally.counts()).toEqual(expected);
        expect(tally.voters).toBe(last.size);
      }),
    );
  });
});

describe('combineCounts and leaders', () => {
  it('adds hand counts option by option', () => {
    expect(combineCounts([1, 2, 0], [0, 3, 1])).toEqual([1, 5, 1]);
    expect(combineCounts([1, 2], undefined)).toEqual([1, 2]);
    expect(combineCounts([1], [0, 2])).toEqual([1, 2]);
  });

  it('names the majority, all tied leaders, or nobody', () => {
    expect(leaders([1, 4, 2])).toEqual([1]);
    expect(leaders([3, 1, 3])).toEqual([0, 2]);
    expect(leaders([0, 0])).toEqual([]);
  });
});
