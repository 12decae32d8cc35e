// Sound as a presenter of the session's events, like the stage and the DOM. The audio graph
// is built only when sound is switched on, a session is being played and the player has
// made a first gesture on the page (never before: the browser would refuse, and a page
// should not start making noise by itself). It pauses with the pause screen and when the
// page is hidden, and stops when the session is closed (the menu, the debrief).
import type { Subscription } from '../core/events.ts';
import type { StorySession } from '../core/story-session.ts';
import { buildSoundscape, type SoundLevels, type Soundscape } from './soundscape.ts';

export interface SoundSettings extends SoundLevels {
  on: boolean;
}

export interface SoundPlayerOptions {
  settings: () => SoundSettings;
  /** Makes the AudioContext (a test or another page can count or replace it). */
  createContext?: () => AudioContext;
  /** The window whose gestures and visibility count. */
  win?: Window;
}

export interface SoundPlayer {
  present(session: StorySession): Subscription;
  /** The settings changed: build, adjust or stop. Call it inside the gesture that changed them. */
  update(): void;
  setPaused(paused: boolean): void;
}

/** A re-presented screen (a language switch) closes and reopens at once: keep playing through it. */
const STOP_DELAY_MS = 100;

export function soundPlayer(o: SoundPlayerOptions): SoundPlayer {
  const win = o.win ?? window;
  const createContext = o.createContext ?? (() => new AudioContext({ latencyHint: 'playback' }));
  let ctx: AudioContext | null = null;
  let scape: Soundscape | null = null;
  let session: StorySession | null = null;
  let paused = false;
  let gestured = win.navigator.userActivation?.hasBeenActive ?? false;
  let stopTimer: ReturnType<typeof setTimeout> | undefined;

  const audible = () => session !== null && o.settings().on && gestured && !paused && win.document.visibilityState !== 'hidden';

  const stop = () => {
    scape?.stop();
    scape = null;
    const stopped = ctx;
    // Let the fade-out play, then give the audio device back.
    setTimeout(() => {
      if (stopped && !scape && stopped.state === 'running') void stopped.suspend();
    }, 400);
  };

  const sync = () => {
    clearTimeout(stopTimer);
    const settings = o.settings();
    if (!session || !settings.on) {
      if (scape) stop();
      return;
    }
    if (!audible()) {
      if (ctx?.state === 'running') void ctx.suspend();
      return;
    }
    const live = ctx ?? createContext();
    ctx = live;
    const { place, time, meters } = session.stage;
    if (scape) {
      scape.setLevels(settings);
      scape.setScene({ place, time, alarm: meters.alarm });
    } else scape = buildSoundscape(live, settings, { place, time, alarm: meters.alarm });
    if (live.state !== 'running') void live.resume();
  };

  const onGesture = () => {
    // Escape and the like are not gestures to the browser: an AudioContext made then stays mute.
    if (win.navigator.userActivation && !win.navigator.userActivation.hasBeenActive) return;
    gestured = true;
    win.removeEventListener('pointerdown', onGesture, true);
    win.removeEventListener('keydown', onGesture, true);
    sync();
  };
  if (!gestured) {
    win.addEventListener('pointerdown', onGesture, true);
    win.addEventListener('keydown', onGesture, true);
  }
  win.document.addEventListener('visibilitychange', () => sync());

  return {
    present(next) {
      session = next;
      sync();
      const subs = [
        next.on('stage', (state) => scape?.setScene({ place: state.place, time: state.time, alarm: state.meters.alarm })),
        next.on('meters', ({ delta }) => {
          if (delta.trust !== 0) scape?.cue(delta.trust > 0 ? 'closer' : 'apart');
        }),
      ];
      return {
        close() {
          for (const sub of subs) sub.close();
          if (session !== next) return;
          session = null;
          stopTimer = setTimeout(sync, STOP_DELAY_MS);
        },
      };
    },
    update: sync,
    setPaused(next) {
      paused = next;
      sync();
    },
  };
}
