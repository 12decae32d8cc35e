// The facilitator guide exists twice: in the game and as docs/facilitator-guide.md. This
// keeps the two the same text, in both languages.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { workshopEn } from '../../src/ui/workshop/i18n-en.ts';
import { workshopNl } from '../../src/ui/workshop/i18n-nl.ts';
import { ROOT } from './helpers.ts';

const doc = readFileSync(resolve(ROOT, 'docs/facilitator-guide.md'), 'utf8');

describe('the facilitator guide', () => {
  for (const [lang, t] of [
    ['en', workshopEn],
    ['nl', workshopNl],
  ] as const) {
    it(`in ${lang}: docs/facilitator-guide.md has every heading and paragraph of the in-game guide`, () => {
      expect(doc).toContain(`## ${t.guide.heading}`);
      for (const section of t.guide.sections) {
        expect(doc).toContain(`### ${section.title}`);
        for (const paragraph of section.paragraphs) expect(doc).toContain(paragraph);
      }
    });
  }

  it('covers setup, safety agreements, timing and debrief in both languages, with the same sections', () => {
    expect(workshopEn.guide.sections.map((s) => s.paragraphs.length)).toEqual(workshopNl.guide.sections.map((s) => s.paragraphs.length));
    expect(workshopEn.guide.sections.map((s) => s.title)).toEqual(
      expect.arrayContaining(['Setup', 'Safety agreements', 'Timing', 'Debrief']),
    );
  });
});
