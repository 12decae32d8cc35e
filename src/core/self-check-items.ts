// The self-check's statements and its scale, by id (their words in both languages are in
// self-check-texts.ts, fetched with the screens that show them; the menu needs only the ids).

export const SELF_CHECK_ITEMS = ['protection', 'silence', 'present', 'limit', 'support'] as const;
export type SelfCheckItem = (typeof SELF_CHECK_ITEMS)[number];

/** The five points of the scale, from "not at all" to "completely" (ordered). */
export const LEVELS = ['not-at-all', 'a-little', 'partly', 'mostly', 'completely'] as const;
export type Level = (typeof LEVELS)[number];
