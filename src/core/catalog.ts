// One scenario in one language, as the build lists it (virtual:scenarios).
import type { Lang } from './run-record.ts';
import type { StoryMap } from './story-map.ts';
import type { StoryBundle } from './story-session.ts';
import type { ScenarioMeta } from './tags.ts';

export interface ScenarioEntry {
  id: string;
  lang: Lang;
  meta: ScenarioMeta;
  /** Loads the compiled story: its own chunk, fetched when the scenario starts. */
  load: () => Promise<{ json: string; hash: string }>;
  /** Loads the scenario's path map (made at build time by the story explorer). */
  loadMap?: () => Promise<{ default: StoryMap }>;
}

export async function loadBundle(entry: ScenarioEntry): Promise<StoryBundle> {
  const { json, hash } = await entry.load();
  return { scenarioId: entry.id, lang: entry.lang, json, hash };
}

/** Scenarios in one language, in the order the menu shows them. */
export function scenariosIn(entries: readonly ScenarioEntry[], lang: Lang, order: readonly string[]): ScenarioEntry[] {
  const rank = (id: string) => {
    const i = order.indexOf(id);
    return i < 0 ? order.length : i;
  };
  return entries.filter((e) => e.lang === lang).sort((a, b) => rank(a.id) - rank(b.id) || a.id.localeCompare(b.id));
}

/** The menu's order: the couple's timeline (docs/writing-stories.md, "One couple, one timeline"). */
export const SCENARIO_ORDER = [
  'saturday-open-sunday-cold',
  'two-days-of-silence',
  'fight-about-nothing',
  'the-morning-after',
  'enough-for-tonight',
  'seeing-the-dance',
];
