// Keeping the projector in step with the facilitator: the facilitator's window sends the
// whole audience view after every change; an audience window that (re)opens asks for it.
// The transport is an interface so a test, or another link, can stand in for the
// browser's BroadcastChannel.
import { Emitter, type Subscription } from '../core/events.ts';
import type { AudienceView } from './audience-state.ts';

export type SyncMessage = { t: 'view'; view: AudienceView } | { t: 'hello' };

export interface SyncLink {
  post(message: SyncMessage): void;
  on(handler: (message: SyncMessage) => void): Subscription;
  close(): void;
}

export const SYNC_CHANNEL = 'dichtbij-workshop';

/**
 * Sequence numbers for views: they keep rising across a facilitator reload (they start
 * from the clock), so the audience can drop a view that arrives after a newer one.
 */
export function viewCounter(now: () => number = Date.now): () => number {
  let last = 0;
  return () => {
    last = Math.max(now(), last + 1);
    return last;
  };
}

/** Two linked ends in memory (for tests): what one posts, the other receives. */
export function memoryLinkPair(): [SyncLink, SyncLink] {
  const a = new Emitter<{ m: SyncMessage }>();
  const b = new Emitter<{ m: SyncMessage }>();
  const end = (inbox: Emitter<{ m: SyncMessage }>, outbox: Emitter<{ m: SyncMessage }>): SyncLink => ({
    post: (message) => outbox.emit('m', structuredClone(message)),
    on: (handler) => inbox.on('m', handler),
    close: () => inbox.clear(),
  });
  return [end(a, b), end(b, a)];
}

/** The facilitator's end: answers every hello with the latest view. */
export function presentTo(link: SyncLink, current: () => AudienceView | null): { send(view: AudienceView): void; close(): void } {
  const sub = link.on((message) => {
    const view = current();
    if (message.t === 'hello' && view) link.post({ t: 'view', view });
  });
  return {
    send: (view) => link.post({ t: 'view', view }),
    close: () => sub.close(),
  };
}

/** The audience's end: says hello (to catch up after a reload) and keeps the newest view. */
export function watchFrom(link: SyncLink, show: (view: AudienceView) => void): Subscription {
  let seq = -1;
  const sub = link.on((message) => {
    if (message.t !== 'view') return;
    if (message.view.seq <= seq) return;
    seq = message.view.seq;
    show(message.view);
  });
  link.post({ t: 'hello' });
  return sub;
}
