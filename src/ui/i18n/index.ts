import type { Lang } from '../../core/run-record.ts';
import { type Dict, en } from './en.ts';
import { nl } from './nl.ts';

export type { Dict };
export const dictionaries: Record<Lang, Dict> = { en, nl };

/** First visit: follow the browser's language; Dutch for any nl-*, English otherwise. */
export function preferredLang(languages: readonly string[]): Lang {
  for (const tag of languages) {
    const base = tag.toLowerCase().split('-')[0];
    if (base === 'nl') return 'nl';
    if (base === 'en') return 'en';
  }
  return 'en';
}
