// The phone page's own connection code (src/join/phone-connection.ts) outside a browser: its
// WebSocket is `ws`, sent from a page of the relay (its Origin) and from a loopback address
// of its own, as each phone on a Wi-Fi has one. It reconnects by itself, as on a phone.
import WebSocket from 'ws';
import { connectPhone, type PhoneConnection, type PhoneStatus } from '../../src/join/phone-connection.ts';
import type { PhoneView } from '../../src/workshop/relay-protocol.ts';
import { type Facilitator, nextPhoneAddress, pageHeaders } from './helpers.ts';

/** Makes `globalThis.WebSocket` a phone browser's on the relay's pages at `url`; returns the undo. */
export function phonePagesAt(url: string): () => void {
  const headers = pageHeaders(url);
  const original = globalThis.WebSocket;
  globalThis.WebSocket = class extends WebSocket {
    constructor(address: string) {
      super(address, { ...headers, localAddress: nextPhoneAddress() });
      // A browser reports a refused connection by closing; `ws` also emits an error.
      this.on('error', () => {});
    }
  } as unknown as typeof globalThis.WebSocket;
  return () => {
    globalThis.WebSocket = original;
  };
}

export class SimPhone {
  readonly connection: PhoneConnection;
  readonly statuses: PhoneStatus[] = [];
  readonly storage = new Map<string, string>();
  view: PhoneView | null = null;

  constructor(url: string, room: string) {
    const storage = this.storage;
    this.connection = connectPhone({
      origin: { protocol: 'http:', host: new URL(url).host },
      room,
      storage: { getItem: (k) => storage.get(k) ?? null, setItem: (k, v) => void storage.set(k, v) },
    });
    this.connection.on('status', (status) => this.statuses.push(status));
    this.connection.on('view', (view) => (this.view = view));
  }
}

export function countsOf(votes: ReadonlyMap<number, number>, size = 3): number[] {
  const counts = new Array<number>(size).fill(0);
  for (const index of votes.values()) counts[index]! += 1;
  return counts;
}

export async function waitFor(check: () => boolean, timeoutMs = 10_000, what = 'a condition'): Promise<void> {
  const start = Date.now();
  while (!check()) {
    if (Date.now() - start > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await new Promise((done) => setTimeout(done, 20));
  }
}

/** Phones from `from` on vote in round r1 (one option each); resolves once all are counted. */
export async function restVote(facilitator: Facilitator, phones: SimPhone[], votes: Map<number, number>, from: number): Promise<void> {
  for (let i = from; i < phones.length; i++) {
    votes.set(i, (i * 2) % 3);
    phones[i]!.connection.vote('r1', (i * 2) % 3);
  }
  await facilitator.tallyReaches('r1', countsOf(votes));
}
