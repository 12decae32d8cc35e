import type { Lang } from '../../core/run-record.ts';
import { type Dict, en } from './en.ts';
import { nl } from './nl.ts';

export { preferredLang } from './load.ts';
export type { Dict };
/** Both languages at once: for the workshop's windows (their own chunk) and tests; the game loads one (load.ts). */
export const dictionaries: Record<Lang, Dict> = { en, nl };
