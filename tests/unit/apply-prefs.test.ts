import { describe, expect, it } from 'vitest';
import { applyPrefs, motionReduced } from '../../src/ui/apply-prefs.ts';
import { defaultPrefs } from '../../src/ui/prefs.ts';

/** The two things applyPrefs touches on <html>. */
const fakeRoot = () => ({ lang: '', dataset: {} as Record<string, string> }) as unknown as HTMLElement;

describe('applying settings', () => {
  it('reduces motion when forced, or when the system asks', () => {
    expect(motionReduced({ motion: 'system' }, false)).toBe(false);
    expect(motionReduced({ motion: 'system' }, true)).toBe(true);
    expect(motionReduced({ motion: 'reduce' }, false)).toBe(true);
  });

  it('puts every setting on <html> for the stylesheet, and the language in lang', () => {
    const root = fakeRoot();
    applyPrefs({ ...defaultPrefs('nl'), textSize: 'large', contrast: 'high', coach: false, intensity: 'softened' }, true, root);
    expect(root.lang).toBe('nl');
    expect({ ...root.dataset }).toEqual({
      textSize: 'large',
      contrast: 'high',
      font: 'default',
      motion: 'reduce',
      coach: 'off',
      inner: 'on',
      intensity: 'softened',
      shortcuts: 'on',
    });
    applyPrefs({ ...defaultPrefs('en'), shortcuts: false }, false, root);
    expect(root.dataset).toMatchObject({ motion: 'full', coach: 'on', contrast: 'normal', textSize: 'normal', shortcuts: 'off' });
  });
});
