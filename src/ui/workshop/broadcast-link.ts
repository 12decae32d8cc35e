// The two windows of one browser (facilitator and projector) talk over a BroadcastChannel.
import { SYNC_CHANNEL, type SyncLink, type SyncMessage } from '../../workshop/screen-sync.ts';

export function broadcastLink(name = SYNC_CHANNEL): SyncLink {
  const channel = new BroadcastChannel(name);
  const handlers = new Set<(message: SyncMessage) => void>();
  channel.onmessage = (event: MessageEvent) => {
    const data = event.data as SyncMessage | null;
    // Only our own windows share this channel, but a malformed message still must not break the screen.
    if (!data || (data.t !== 'view' && data.t !== 'hello')) return;
    for (const handler of [...handlers]) handler(data);
  };
  return {
    post: (message) => channel.postMessage(message),
    on: (handler) => {
      handlers.add(handler);
      return { close: () => handlers.delete(handler) };
    },
    close: () => {
      handlers.clear();
      channel.close();
    },
  };
}
