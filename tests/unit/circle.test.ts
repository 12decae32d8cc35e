// Play and debrief say the same numbers about the circle: the feedback after each choice says
// "another round" or "a step out", and the debrief counts the same steps.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { circleCounts } from '../../src/core/circle.ts';
import { type Meters, meterDelta } from '../../src/core/meters.ts';
import { KINDS } from '../../src/core/protocol.ts';
import { en } from '../../src/ui/i18n/en.ts';
import { nl } from '../../src/ui/i18n/nl.ts';
import { describeChange } from '../../src/ui/meters-view.ts';

const meters = fc.record({
  alarm: fc.integer({ min: 0, max: 10 }),
  trust: fc.integer({ min: 0, max: 10 }),
  reserve: fc.integer({ min: 0, max: 10 }),
  cycle: fc.integer({ min: 0, max: 3 }),
});

describe('the circle as a count', () => {
  it('is what the feedback said during play, in both languages', () => {
    fc.assert(
      fc.property(fc.array(fc.record({ kind: fc.constantFrom(...KINDS), delta: meters }), { maxLength: 12 }), (raw) => {
        let before: Meters = { alarm: 5, trust: 4, reserve: 6, cycle: 0 };
        const steps = raw.map(({ kind, delta }) => {
          const after = { ...delta, cycle: before.cycle + (delta.cycle > 1 ? 1 : 0) };
          const step = { kind, before, after };
          before = after;
          return step;
        });
        const counts = circleCounts(steps);
        for (const t of [en, nl]) {
          const said = steps.flatMap((s) => describeChange(t, { meters: s.after, delta: meterDelta(s.before, s.after), kind: s.kind }));
          expect(said.filter((l) => l === `${t.meters.cycleUp}.`).length).toBe(counts.rounds);
          expect(said.filter((l) => l === `${t.meters.stepOut}.`).length).toBe(counts.stepsOut);
        }
      }),
    );
  });
});
