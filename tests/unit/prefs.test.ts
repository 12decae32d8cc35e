import { describe, expect, it } from 'vitest';
import { defaultPrefs, loadPrefs, type Prefs, repairPrefs, savePrefs } from '../../src/ui/prefs.ts';

/** A Storage stand-in: a Map behind the two methods the game uses. */
function memoryStorage(initial: Record<string, string> = {}): Storage {
  const map = new Map(Object.entries(initial));
  return {
    getItem: (k: string) => map.get(k) ?? null,
    setItem: (k: string, v: string) => void map.set(k, v),
  } as Storage;
}

describe('preferences', () => {
  it('start from defaults in the browser language, with motion following the system', () => {
    expect(loadPrefs(memoryStorage(), 'nl')).toEqual(defaultPrefs('nl'));
    expect(defaultPrefs('en')).toMatchObject({ lang: 'en', textSize: 'normal', contrast: 'normal', motion: 'system', intensity: 'full' });
  });

  it('are remembered per device', () => {
    const storage = memoryStorage();
    const prefs: Prefs = {
      ...defaultPrefs('en'),
      lang: 'nl',
      textSize: 'larger',
      contrast: 'high',
      motion: 'reduce',
      font: 'dyslexic',
      inner: false,
      coach: false,
      intensity: 'softened',
    };
    savePrefs(storage, prefs);
    expect(loadPrefs(storage, 'en')).toEqual(prefs);
  });

  it('repair bad stored values one by one and keep the good ones', () => {
    const repaired = repairPrefs(
      { lang: 'de', textSize: 'huge', contrast: 'high', motion: 3, font: null, inner: 'no', intensity: 'softened', shortcuts: false },
      'en',
    );
    expect(repaired).toEqual({ ...defaultPrefs('en'), contrast: 'high', intensity: 'softened', shortcuts: false });
    expect(repairPrefs({ shortcuts: 'off' }, 'en').shortcuts).toBe(true);
    expect(repairPrefs([1, 2], 'nl')).toEqual(defaultPrefs('nl'));
    expect(loadPrefs(memoryStorage({ 'dichtbij.prefs.v1': '{not json' }), 'nl')).toEqual(defaultPrefs('nl'));
  });

  it('keep sound and reading aloud: the switches, volumes in range and a known speed', () => {
    expect(defaultPrefs('en')).toMatchObject({ sound: false, readAloud: false, speechRate: 'normal' });
    const repaired = repairPrefs(
      { sound: true, roomVolume: 150, heartVolume: 30, cueVolume: 'loud', readAloud: 1, speechRate: 'warp' },
      'en',
    );
    expect(repaired).toEqual({ ...defaultPrefs('en'), sound: true, heartVolume: 30 });
    expect(repairPrefs({ roomVolume: -1, heartVolume: Number.NaN, cueVolume: 0, speechRate: 'slow' }, 'nl')).toEqual({
      ...defaultPrefs('nl'),
      cueVolume: 0,
      speechRate: 'slow',
    });
    const storage = memoryStorage();
    const prefs: Prefs = {
      ...defaultPrefs('nl'),
      sound: true,
      roomVolume: 80,
      heartVolume: 0,
      cueVolume: 45,
      readAloud: true,
      speechRate: 'fast',
    };
    savePrefs(storage, prefs);
    expect(loadPrefs(storage, 'en')).toEqual(prefs);
  });

  it('survive a storage that refuses to save', () => {
    const full = {
      getItem: () => null,
      setItem: () => {
        throw new Error('quota');
      },
    } as unknown as Storage;
    expect(() => savePrefs(full, defaultPrefs('en'))).not.toThrow();
    expect(loadPrefs(null, 'en')).toEqual(defaultPrefs('en'));
  });
});
