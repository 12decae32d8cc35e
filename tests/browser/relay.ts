// The workshop relay for browser tests: one in-process relay serving the built game for the
// tests of a file, started before them and closed after.
import { afterAll, beforeAll } from 'vitest';
import { type Relay, startRelay } from '../../src/server/relay-server.ts';
import { DIST } from './server.ts';

export function useRelay(): () => Relay {
  let relay: Relay | null = null;
  beforeAll(async () => {
    relay = await startRelay({ staticDir: DIST, sweepEveryMs: null });
  });
  afterAll(async () => {
    await relay?.close();
  });
  return () => {
    if (!relay) throw new Error('the relay is not running');
    return relay;
  };
}
