// `npm run workshop`: serves the built game and the phone room on this laptop's network.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { JOIN_PATH } from '../workshop/relay-protocol.ts';
import { lanAddresses } from './lan.ts';
import { startRelay } from './relay-server.ts';

const DEFAULT_PORT = 8377;

async function main(): Promise<void> {
  const staticDir = resolve(import.meta.dirname, '../../dist');
  if (!existsSync(resolve(staticDir, 'index.html'))) {
    console.error('No built game in dist/. Run `npm run build` first (`npm run workshop` does both).');
    process.exit(1);
  }
  const port = process.env.PORT ? Number(process.env.PORT) : DEFAULT_PORT;
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`PORT must be a port number (0-65535), not "${process.env.PORT}".`);
    process.exit(1);
  }
  // PUBLIC_URL: the address phones should use when the relay guesses wrong (several networks).
  const publicUrl = process.env.PUBLIC_URL || undefined;
  const relay = await startRelay({ port, host: '0.0.0.0', staticDir, publicUrl }).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'EADDRINUSE') console.error(`Port ${port} is in use. Try another: PORT=8378 npm run workshop`);
    else console.error(error.message);
    process.exit(1);
  });
  const lan = lanAddresses();
  console.log('\nDichtbij workshop relay is running. Nothing about participants is stored.\n');
  console.log(`  Facilitator (this laptop):  http://localhost:${relay.port}/`);
  if (lan.length === 0) console.log('  No network found: phones cannot join. Connect this laptop to the room’s Wi-Fi and restart.');
  for (const address of lan) console.log(`  Phones join at:             http://${address}:${relay.port}${JOIN_PATH}`);
  console.log(`\n  The audience screen's QR code points to ${relay.publicUrl}${JOIN_PATH}`);
  if (lan.length > 1) console.log('  (On another network? Restart with PUBLIC_URL=http://<address>:<port>.)');
  console.log('  Ctrl+C stops the relay.\n');
  const stop = () => {
    relay.close().finally(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

void main();
