// A small typed event emitter. `on()` returns a subscription you close, so presenters
// (stage, DOM, workshop) detach cleanly when a scenario ends. Handlers are isolated from
// each other: one that throws is reported (to `onHandlerError`) and the others still run,
// so a failing presenter cannot stop the story, the log or the autosave.

export interface Subscription {
  close(): void;
}

type Handler<T> = (payload: T) => void;

export type HandlerError<Events> = (error: unknown, event: keyof Events) => void;

export class Emitter<Events extends object> {
  private readonly handlers = new Map<keyof Events, Set<Handler<never>>>();

  constructor(private readonly onHandlerError: HandlerError<Events> = (error) => console.error(error)) {}

  on<K extends keyof Events>(event: K, handler: Handler<Events[K]>): Subscription {
    let set = this.handlers.get(event);
    if (!set) {
      set = new Set();
      this.handlers.set(event, set);
    }
    set.add(handler as Handler<never>);
    return { close: () => set.delete(handler as Handler<never>) };
  }

  emit<K extends keyof Events>(event: K, payload: Events[K]): void {
    const set = this.handlers.get(event);
    if (!set) return;
    // Copy: a handler may close its own subscription while we iterate.
    for (const handler of [...set]) {
      try {
        (handler as Handler<Events[K]>)(payload);
      } catch (error) {
        this.report(error, event);
      }
    }
  }

  private report(error: unknown, event: keyof Events): void {
    try {
      this.onHandlerError(error, event);
    } catch (again) {
      console.error(again);
    }
  }

  clear(): void {
    this.handlers.clear();
  }
}
