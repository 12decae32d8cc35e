import { describe, expect, it } from 'vitest';
import { splitNumber } from '../../src/ui/dialogs.ts';
import { en } from '../../src/ui/i18n/en.ts';
import { nl } from '../../src/ui/i18n/nl.ts';

describe('help lines', () => {
  it.each([
    ['Veilig Thuis: 0800-2000 (domestic violence and abuse, free, 24/7)', '0800-2000', 'tel:08002000'],
    ['National Domestic Abuse Helpline: 0808 2000 247 (free, 24/7)', '0808 2000 247', 'tel:08082000247'],
    ['National Domestic Violence Hotline: 1-800-799-7233', '1-800-799-7233', 'tel:18007997233'],
    ['1712 (violence and abuse, free, working days)', '1712', 'tel:1712'],
    ['Emergencies: 112', '112', 'tel:112'],
  ])('dials the number of "%s"', (line, number, dial) => {
    const parts = splitNumber(line);
    expect(parts).toMatchObject({ number, dial });
    expect(`${parts?.before}${parts?.number}${parts?.after}`).toBe(line);
  });

  it('gives every line with a number, in both languages, a link that dials at least three digits', () => {
    for (const dict of [en, nl]) {
      for (const line of Object.values(dict.help.lines).flat()) {
        const parts = splitNumber(line);
        if (/\d/.test(line)) expect(parts?.dial, line).toMatch(/^tel:\d{3,}$/);
        else expect(parts).toBeNull();
      }
    }
  });

  it('leaves a line without a number as it is', () => {
    expect(splitNumber('Call your local emergency number.')).toBeNull();
  });
});
