// Every interface text exists in both languages: the type checks the shape at build time,
// this checks the values at run time (a key missing, empty or of another kind fails).
import { describe, expect, it } from 'vitest';
import { en } from '../../src/ui/i18n/en.ts';
import { preferredLang } from '../../src/ui/i18n/index.ts';
import { nl } from '../../src/ui/i18n/nl.ts';

type Problem = string;

/** Walk two dictionaries side by side and list every difference in keys, kinds and emptiness. */
function compareDicts(a: unknown, b: unknown, path = ''): Problem[] {
  const kind = (v: unknown) => (Array.isArray(v) ? 'array' : v === null ? 'null' : typeof v);
  if (kind(a) !== kind(b)) return [`${path || '(root)'}: ${kind(a)} in one language, ${kind(b)} in the other`];
  if (typeof a === 'string') return a.trim() === '' || (b as string).trim() === '' ? [`${path}: empty text`] : [];
  if (typeof a === 'function' && typeof b === 'function') {
    if (a.length !== b.length) return [`${path}: takes ${a.length} values in one language, ${b.length} in the other`];
    const args = Array.from({ length: a.length }, () => 1);
    return compareDicts(a(...args), b(...args), `${path}()`);
  }
  if (Array.isArray(a) && Array.isArray(b)) {
    if (a.length !== b.length) return [`${path}: ${a.length} items in one language, ${b.length} in the other`];
    return a.flatMap((item, i) => compareDicts(item, b[i], `${path}[${i}]`));
  }
  if (typeof a === 'object' && a !== null) {
    const left = a as Record<string, unknown>;
    const right = b as Record<string, unknown>;
    const keys = new Set([...Object.keys(left), ...Object.keys(right)]);
    return [...keys].flatMap((key) => {
      const at = path ? `${path}.${key}` : key;
      if (!(key in left) || !(key in right)) return [`${at}: missing in one language`];
      return compareDicts(left[key], right[key], at);
    });
  }
  return [];
}

describe('the interface dictionaries', () => {
  it('have the same keys, kinds and list lengths in nl and en, and no empty text', () => {
    expect(compareDicts(en, nl)).toEqual([]);
  });

  it('notices a key missing in one language, an empty text, a list of another length and a broken function', () => {
    const left = { menu: { play: 'Play', heading: 'Choose' }, steps: ['a', 'b'], close: 'Close', count: (n: number) => `${n} runs` };
    const right = { menu: { heading: 'Kies' }, steps: ['a'], close: ' ', count: (_n: number) => '' };
    expect(compareDicts(left, right)).toEqual([
      'menu.play: missing in one language',
      'steps: 2 items in one language, 1 in the other',
      'close: empty text',
      'count(): empty text',
    ]);
  });

  it('follow the browser language on a first visit', () => {
    expect(preferredLang(['nl-BE', 'en'])).toBe('nl');
    expect(preferredLang(['de-DE', 'en-US'])).toBe('en');
    expect(preferredLang(['fr'])).toBe('en');
  });
});
