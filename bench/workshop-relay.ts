// The relay on its own process for the workshop bench, as on a facilitator's laptop:
// prints its URL on the first line of stdout, stops on SIGTERM.
import { startRelay } from '../src/server/relay-server.ts';

const relay = await startRelay({ port: 0, host: '127.0.0.1' });
process.stdout.write(`${relay.url}\n`);
process.on('SIGTERM', () => {
  void relay.close().then(() => process.exit(0));
});
