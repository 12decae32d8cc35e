// `npm run workshop`: serves the built game and the phone room on this laptop's network,
// keeping live rooms in a folder so a restarted relay resumes them.
//   PORT        the port (8377)
//   PUBLIC_URL  the address phones should use, when the relay guesses wrong
//   ROOMS_DIR   where live rooms are kept (workshop-rooms/ beside dist/)
//   HOST        the interface to listen on (0.0.0.0: every network); DIST_DIR the built game
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { JOIN_PATH } from '../workshop/relay-protocol.ts';
import { lanAddresses } from './lan.ts';
import { startRelay } from './relay-server.ts';
import { FileRoomStore } from './room-store.ts';

const DEFAULT_PORT = 8377;
const ROOT = resolve(import.meta.dirname, '../..');

async function main(): Promise<void> {
  const staticDir = resolve(ROOT, process.env.DIST_DIR || 'dist');
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
  const roomsDir = resolve(ROOT, process.env.ROOMS_DIR || 'workshop-rooms');
  const store = new FileRoomStore(roomsDir);
  const host = process.env.HOST || '0.0.0.0';
  const relay = await startRelay({ port, host, staticDir, publicUrl, store }).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'EADDRINUSE') console.error(`Port ${port} is in use. Try another: PORT=8378 npm run workshop`);
    else console.error(error.message);
    process.exit(1);
  });
  const lan = lanAddresses();
  console.log('\nDichtbij workshop relay is running. No names or addresses are stored.');
  console.log(`Live rooms are kept in ${roomsDir} until they end, so a restart resumes them.\n`);
  console.log(`  Facilitator (this laptop):  http://localhost:${relay.port}/`);
  if (lan.length === 0) console.log('  No network found: phones cannot join. Connect this laptop to the room’s Wi-Fi and restart.');
  for (const address of lan) console.log(`  Phones join at:             http://${address}:${relay.port}${JOIN_PATH}`);
  console.log(`\n  The audience screen's QR code points to ${relay.publicUrl}${JOIN_PATH}`);
  if (lan.length > 1) console.log('  (On another network? Restart with PUBLIC_URL=http://<address>:<port>.)');
  console.log('  Ctrl+C stops the relay; start it again to resume the room (phones reconnect by themselves).\n');
  const stop = () => {
    relay.stop().finally(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

void main();
