// The projector shows a long scene in two parts (workshop-flow.ts). The session plays a
// choice's whole scene at once, so without a gate the stage would already act out the
// second part (a new place, a new pose) while the room reads the first. The gate hands the
// stage presenter the session's staging only up to the last line the room can read; the
// rest waits until the facilitator shows it. Meters pass at once: they belong to part one.
import type { Subscription } from '../core/events.ts';
import type { StageState } from '../core/stage-state.ts';
import type { SessionEvents, StorySession } from '../core/story-session.ts';

type Staging = Pick<SessionEvents, 'stage' | 'cue'>;

export interface StageGate {
  /** The session as the stage presenter should see it. */
  readonly session: StorySession;
  /**
   * Before a choice is played: how many of its lines the stage may act out (null: all).
   * Also releases what an earlier limit held back.
   */
  limit(lines: number | null): void;
  close(): void;
}

export function stageGate(real: StorySession): StageGate {
  const handlers = { stage: new Set<(s: StageState) => void>(), cue: new Set<(c: SessionEvents['cue']) => void>() };
  let allowed: number | null = null;
  let seen = 0;
  let held: (() => void)[] = [];
  // The last picture the stage was allowed to show, to answer `session.stage` with.
  let shown: StageState = real.stage;

  const pass = <K extends keyof Staging>(event: K, payload: Staging[K]) => {
    if (event === 'stage') shown = payload as StageState;
    for (const handler of handlers[event]) (handler as (p: Staging[K]) => void)(payload);
  };
  const beyond = () => allowed !== null && seen > allowed;
  const subs: Subscription[] = [
    real.on('beat', () => {
      seen++;
    }),
    real.on('cue', (cue) => {
      if (beyond()) held.push(() => pass('cue', cue));
      else pass('cue', cue);
    }),
    real.on('stage', (state) => {
      if (!beyond()) return pass('stage', state);
      held.push(() => pass('stage', state));
      // The meters of the choice are out with its first part: move the auras, not the scene.
      if (state.meters !== shown.meters) pass('stage', { ...shown, meters: state.meters });
    }),
  ];

  const session = new Proxy(real, {
    get(target, property) {
      if (property === 'stage') return held.length > 0 ? shown : target.stage;
      if (property === 'on')
        return <K extends keyof SessionEvents>(event: K, handler: (payload: SessionEvents[K]) => void): Subscription => {
          if (event !== 'stage' && event !== 'cue') return target.on(event, handler);
          const set = handlers[event as keyof Staging] as Set<typeof handler>;
          set.add(handler);
          return { close: () => set.delete(handler) };
        };
      const value = Reflect.get(target, property, target);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });

  return {
    session,
    limit(lines) {
      // Whatever waited from an earlier choice goes first, in order.
      const release = held;
      held = [];
      allowed = null;
      for (const run of release) run();
      allowed = lines;
      seen = 0;
    },
    close() {
      for (const sub of subs) sub.close();
      held = [];
    },
  };
}
