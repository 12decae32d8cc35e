// The facilitator's optional timer. Nothing in a workshop is timed unless they start it;
// it only shows the time left (here and on the projector) and never closes a vote itself.

export interface FacilitatorTimer {
  /** When it runs out (epoch ms), or null when no timer runs. */
  readonly endsAt: number | null;
  start(minutes: number): void;
  /** Runs on to a time set before (a reloaded facilitator window keeps its timer). */
  runUntil(endsAt: number): void;
  /** False when there was no timer to stop. */
  stop(): boolean;
}

export function timeLeft(endsAt: number, now = Date.now()): { left: string; up: boolean } {
  const seconds = Math.max(0, Math.ceil((endsAt - now) / 1000));
  return { left: `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`, up: seconds === 0 };
}

/** `tick` repaints the facilitator's own display once a second while a timer runs. */
export function facilitatorTimer(tick: (left: { left: string; up: boolean }) => void): FacilitatorTimer {
  let endsAt: number | null = null;
  let interval: ReturnType<typeof setInterval> | undefined;
  const runUntil = (at: number) => {
    endsAt = at;
    clearInterval(interval);
    interval = setInterval(() => {
      if (endsAt !== null) tick(timeLeft(endsAt));
    }, 1000);
  };
  return {
    get endsAt() {
      return endsAt;
    },
    start: (minutes) => runUntil(Date.now() + minutes * 60_000),
    runUntil,
    stop() {
      if (endsAt === null) return false;
      endsAt = null;
      clearInterval(interval);
      return true;
    },
  };
}
