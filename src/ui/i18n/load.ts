// The game's interface text, one language at a time: the menu needs only the player's
// language, so each dictionary is its own chunk, fetched before the menu is drawn (and
// the other one when the player switches). The workshop's windows take both at once
// (index.ts), in their own chunk.
import type { Lang } from '../../core/run-record.ts';
import type { Dict } from './en.ts';

const loaders: Record<Lang, () => Promise<Dict>> = {
  en: () => import('./en.ts').then((m) => m.en),
  nl: () => import('./nl.ts').then((m) => m.nl),
};
const loaded: Partial<Record<Lang, Dict>> = {};

/** The dictionary of a language, fetched once. */
export async function loadDictionary(lang: Lang): Promise<Dict> {
  const known = loaded[lang];
  if (known) return known;
  const dict = await loaders[lang]();
  loaded[lang] = dict;
  return dict;
}

/** A dictionary already fetched, or null. */
export function loadedDictionary(lang: Lang): Dict | null {
  return loaded[lang] ?? null;
}

/** Each language's name in itself, for the switch (whichever dictionary is loaded). */
export const LANGUAGE_NAMES: Record<Lang, string> = { en: 'English', nl: 'Nederlands' };

/** First visit: follow the browser's language; Dutch for any nl-*, English otherwise. */
export function preferredLang(languages: readonly string[]): Lang {
  for (const tag of languages) {
    const base = tag.toLowerCase().split('-')[0];
    if (base === 'nl') return 'nl';
    if (base === 'en') return 'en';
  }
  return 'en';
}
