// Preferences remembered on this device. Storage can be missing or full (private mode);
// then the game simply forgets between visits.
import { LANGS, type Lang, PRONOUNS, type Pronoun } from '../core/run-record.ts';

export interface Prefs {
  lang: Lang;
  coach: boolean;
  name: string;
  pronoun: Pronoun;
}

const KEY = 'dichtbij.prefs.v1';

export function loadPrefs(storage: Storage | null, fallbackLang: Lang): Prefs {
  const defaults: Prefs = { lang: fallbackLang, coach: true, name: '', pronoun: 'they' };
  try {
    const raw = storage?.getItem(KEY);
    if (!raw) return defaults;
    const data = JSON.parse(raw) as Partial<Record<keyof Prefs, unknown>>;
    return {
      lang: LANGS.includes(data.lang as Lang) ? (data.lang as Lang) : defaults.lang,
      coach: typeof data.coach === 'boolean' ? data.coach : defaults.coach,
      name: typeof data.name === 'string' ? data.name.slice(0, 40) : defaults.name,
      pronoun: PRONOUNS.includes(data.pronoun as Pronoun) ? (data.pronoun as Pronoun) : defaults.pronoun,
    };
  } catch {
    return defaults;
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
