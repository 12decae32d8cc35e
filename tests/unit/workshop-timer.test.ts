import { describe, expect, it } from 'vitest';
import { timeLeft } from '../../src/workshop/facilitator-timer.ts';

describe('the facilitator timer', () => {
  it('shows minutes and seconds left, rounding up, and says when time is up', () => {
    expect(timeLeft(125_000, 0)).toEqual({ left: '2:05', up: false });
    expect(timeLeft(1_000, 200)).toEqual({ left: '0:01', up: false });
    expect(timeLeft(1_000, 1_000)).toEqual({ left: '0:00', up: true });
    expect(timeLeft(1_000, 9_000)).toEqual({ left: '0:00', up: true });
  });
});
