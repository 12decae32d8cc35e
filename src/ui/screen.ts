// The screens the game routes between (app.ts draws them), and what else may show a
// session beside the play screen. A new step of the game is a new member of `Screen`.
import type { ScenarioEntry } from '../core/catalog.ts';
import type { Subscription } from '../core/events.ts';
import type { RunRecord } from '../core/run-record.ts';
import type { StorySession } from '../core/story-session.ts';
import type { Playing } from '../runs/play-director.ts';

/** Anything else that shows a session (the Phaser stage, the autosave): gets the session and a slot. */
export type Presenter = (session: StorySession, slot: HTMLElement) => Subscription;

/** Every screen of the game; a language switch draws the current one again. */
export type Screen =
  | { name: 'menu' }
  | { name: 'start'; entry: ScenarioEntry }
  | { name: 'loading'; entry: ScenarioEntry }
  | { name: 'load-error'; entry: ScenarioEntry; retry: () => void }
  | { name: 'play'; playing: Playing }
  | { name: 'debrief'; entry: ScenarioEntry; record: RunRecord; replayable: boolean }
  | { name: 'story-changed'; entry: ScenarioEntry; record: RunRecord }
  /** The library, a path map or a comparison (run-screens.ts), drawn by its own function. */
  | { name: 'runs'; draw: () => void };

/** Attach every presenter to a session; one that fails to attach is left out, the others still are. */
export function attachPresenters(presenters: readonly Presenter[], session: StorySession, slot: HTMLElement): Subscription[] {
  return presenters.flatMap((present) => {
    try {
      return [present(session, slot)];
    } catch (error) {
      console.error('A presenter could not attach', error);
      return [];
    }
  });
}

/** The tab's title names the screen (and, in play, the scenario). */
export function pageTitle(t: { appName: string; tagline: string }, screen: HTMLElement): string {
  const title = screen.querySelector('h2')?.textContent;
  return title ? `${title} · ${t.appName}` : `${t.appName}: ${t.tagline}`;
}
