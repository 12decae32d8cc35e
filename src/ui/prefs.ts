// Preferences remembered on this device. Storage can be missing or full (private mode);
// then the game simply forgets between visits. Every stored value is checked on the way
// in: a bad or old value falls back to its default alone, the others are kept.
import { LANGS, type Lang, PRONOUNS, type Pronoun } from '../core/run-record.ts';

export const TEXT_SIZES = ['normal', 'large', 'larger'] as const;
export type TextSize = (typeof TEXT_SIZES)[number];
export const CONTRASTS = ['normal', 'high'] as const;
export type Contrast = (typeof CONTRASTS)[number];
/** `system` follows prefers-reduced-motion; `reduce` forces motion off whatever the system says. */
export const MOTIONS = ['system', 'reduce'] as const;
export type Motion = (typeof MOTIONS)[number];
export const FONTS = ['default', 'dyslexic'] as const;
export type Font = (typeof FONTS)[number];
/** `softened` shows the summary of lines tagged `#intense:` instead of the line itself. */
export const INTENSITIES = ['full', 'softened'] as const;
export type Intensity = (typeof INTENSITIES)[number];

/** How fast the story is read aloud. */
export const SPEECH_RATES = ['slow', 'normal', 'fast'] as const;
export type SpeechRate = (typeof SPEECH_RATES)[number];
export const VOLUME_MAX = 100;

export interface Prefs {
  lang: Lang;
  coach: boolean;
  name: string;
  pronoun: Pronoun;
  inner: boolean;
  textSize: TextSize;
  contrast: Contrast;
  motion: Motion;
  font: Font;
  intensity: Intensity;
  /** Single-key shortcuts (1-9 choose, P pauses, S sound, V read aloud); off for speech input and stray key presses. */
  shortcuts: boolean;
  /** Sound on or off (off by default): the master switch, also the S key. */
  sound: boolean;
  /** Volumes, 0 to VOLUME_MAX. */
  roomVolume: number;
  heartVolume: number;
  cueVolume: number;
  /** The story read aloud by the browser's speech synthesis (also the V key). */
  readAloud: boolean;
  speechRate: SpeechRate;
}

const KEY = 'dichtbij.prefs.v1';

export function defaultPrefs(lang: Lang): Prefs {
  return {
    lang,
    coach: true,
    name: '',
    pronoun: 'they',
    inner: true,
    textSize: 'normal',
    contrast: 'normal',
    motion: 'system',
    font: 'default',
    intensity: 'full',
    shortcuts: true,
    sound: false,
    roomVolume: 50,
    heartVolume: 70,
    cueVolume: 60,
    readAloud: false,
    speechRate: 'normal',
  };
}

const oneOf = <T extends string>(list: readonly T[], value: unknown, fallback: T): T =>
  (list as readonly unknown[]).includes(value) ? (value as T) : fallback;
const bool = (value: unknown, fallback: boolean) => (typeof value === 'boolean' ? value : fallback);
const volume = (value: unknown, fallback: number) =>
  typeof value === 'number' && Number.isFinite(value) && value >= 0 && value <= VOLUME_MAX ? Math.round(value) : fallback;

/** Repair whatever was stored into valid preferences, value by value. */
export function repairPrefs(data: unknown, fallbackLang: Lang): Prefs {
  const d = defaultPrefs(fallbackLang);
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return d;
  const v = data as Partial<Record<keyof Prefs, unknown>>;
  return {
    lang: oneOf(LANGS, v.lang, d.lang),
    coach: bool(v.coach, d.coach),
    name: typeof v.name === 'string' ? v.name.slice(0, 40) : d.name,
    pronoun: oneOf(PRONOUNS, v.pronoun, d.pronoun),
    inner: bool(v.inner, d.inner),
    textSize: oneOf(TEXT_SIZES, v.textSize, d.textSize),
    contrast: oneOf(CONTRASTS, v.contrast, d.contrast),
    motion: oneOf(MOTIONS, v.motion, d.motion),
    font: oneOf(FONTS, v.font, d.font),
    intensity: oneOf(INTENSITIES, v.intensity, d.intensity),
    shortcuts: bool(v.shortcuts, d.shortcuts),
    sound: bool(v.sound, d.sound),
    roomVolume: volume(v.roomVolume, d.roomVolume),
    heartVolume: volume(v.heartVolume, d.heartVolume),
    cueVolume: volume(v.cueVolume, d.cueVolume),
    readAloud: bool(v.readAloud, d.readAloud),
    speechRate: oneOf(SPEECH_RATES, v.speechRate, d.speechRate),
  };
}

export function loadPrefs(storage: Storage | null, fallbackLang: Lang): Prefs {
  try {
    const raw = storage?.getItem(KEY);
    return repairPrefs(raw ? JSON.parse(raw) : null, fallbackLang);
  } catch {
    return defaultPrefs(fallbackLang);
  }
}

export function savePrefs(storage: Storage | null, prefs: Prefs): void {
  try {
    storage?.setItem(KEY, JSON.stringify(prefs));
  } catch {
    // Storage full or forbidden: preferences last for this visit only.
  }
}

export function safeLocalStorage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}
