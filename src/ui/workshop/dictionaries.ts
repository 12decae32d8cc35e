import type { Lang } from '../../core/run-record.ts';
import { type WorkshopDict, workshopEn } from './i18n-en.ts';
import { workshopNl } from './i18n-nl.ts';

export type { WorkshopDict };
export const workshopDictionaries: Record<Lang, WorkshopDict> = { en: workshopEn, nl: workshopNl };
