// The start screen in the game: the story is fetched while the player names the loved one,
// a value carried over from an earlier scenario is shown, the self-check is offered before
// a visit's first scenario, and Begin asks the play director for the run.
import type { ScenarioEntry } from '../core/catalog.ts';
import type { BeginOptions, PlayDirector } from '../runs/play-director.ts';
import type { SelfCheckDirector } from '../runs/self-check-director.ts';
import type { Dict } from './i18n/index.ts';
import { type Prefs, savePrefs } from './prefs.ts';
import type { Screen } from './screen.ts';
import { startView } from './start-view.ts';

export interface StartScreenContext {
  t: Dict;
  prefs: Prefs;
  storage: Storage | null;
  director: PlayDirector;
  selfChecks: SelfCheckDirector;
  /** The self-check's offer on this screen. */
  offer: (here: Screen) => HTMLElement | null;
  /** A scenario's title in the language shown. */
  titleOf: (id: string) => string | undefined;
  onBack: () => void;
  begin: (entry: ScenarioEntry, start: BeginOptions) => void;
}

export function startScreen(c: StartScreenContext, here: Extract<Screen, { name: 'start' }>): HTMLElement {
  const { entry } = here;
  const { prefs } = c;
  c.director.prefetch(entry);
  const carried = c.director.carriedOver(entry.id);
  const from = carried && (c.titleOf(carried.from) ?? carried.from);
  return startView({
    t: c.t,
    entry,
    initial: { name: prefs.name || 'Sam', pronoun: prefs.pronoun },
    onBack: c.onBack,
    carried: carried && from ? { variable: carried.variable, value: carried.value, from } : null,
    selfCheck: c.offer(here),
    onBegin: (lovedOne, variables) => {
      c.selfChecks.begun();
      prefs.name = lovedOne.name;
      prefs.pronoun = lovedOne.pronoun;
      savePrefs(c.storage, prefs);
      c.begin(entry, { lovedOne, variables });
    },
  });
}
