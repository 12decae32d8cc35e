// `npm run relay`: the workshop relay as a service on a server, behind a TLS-terminating
// reverse proxy (docs/hosting.md). It serves the built game, the phone page and many rooms.
// With REDIS_URL, rooms live in Redis and any number of these processes share them; without
// it, this one process keeps its rooms in ROOMS_DIR so a restart resumes them.
// Every setting is an environment variable (docs/hosting.md has the table).
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { redisHub } from './redis-hub.ts';
import { proxyTrust } from './relay-guards.ts';
import { type RelayOptions, startRelay } from './relay-server.ts';
import { FileRoomStore } from './room-store.ts';

const ROOT = resolve(import.meta.dirname, '../..');

/** Reads the settings, or says in one line what is wrong with them. */
export function relaySettings(env: NodeJS.ProcessEnv): RelayOptions | string {
  const number = (name: string, fallback: number, min: number, max: number): number | string => {
    const raw = env[name];
    if (raw === undefined || raw === '') return fallback;
    const value = Number(raw);
    return Number.isInteger(value) && value >= min && value <= max
      ? value
      : `${name} must be a whole number from ${min} to ${max}, not "${raw}".`;
  };
  const port = number('PORT', 8080, 0, 65535);
  const maxRooms = number('MAX_ROOMS', 200, 1, 100_000);
  const maxPhones = number('MAX_PHONES', 300, 1, 5000);
  const idleMinutes = number('IDLE_MINUTES', 180, 1, 24 * 60);
  for (const value of [port, maxRooms, maxPhones, idleMinutes]) if (typeof value === 'string') return value;
  const publicUrl = env.PUBLIC_URL || undefined;
  if (publicUrl && !/^https?:\/\/[^/\s]+\/?$/.test(publicUrl)) {
    return `PUBLIC_URL must be the address people open, like https://relay.example.org (no path), not "${publicUrl}".`;
  }
  const gameOrigins = (env.GAME_ORIGINS ?? '')
    .split(',')
    .map((o) => o.trim())
    .filter(Boolean);
  const badOrigin = gameOrigins.find((o) => !/^https?:\/\/[^/\s]+$/.test(o));
  if (badOrigin) return `GAME_ORIGINS must list origins like https://game.example.org, not "${badOrigin}".`;
  const staticDir = resolve(ROOT, env.DIST_DIR || 'dist');
  if (!existsSync(resolve(staticDir, 'index.html'))) return `No built game in ${staticDir}. Run \`npm run build\` first.`;
  const idleMs = (idleMinutes as number) * 60_000;
  const shared = env.REDIS_URL
    ? { hub: redisHub({ url: env.REDIS_URL, prefix: env.REDIS_PREFIX || undefined }) }
    : { store: new FileRoomStore(resolve(ROOT, env.ROOMS_DIR || 'relay-rooms')) };
  return {
    port: port as number,
    host: env.HOST || '0.0.0.0',
    staticDir,
    publicUrl,
    gameOrigins,
    maxRooms: maxRooms as number,
    maxPhones: maxPhones as number,
    idleMs,
    isProxy: proxyTrust(env.TRUST_PROXY),
    ...shared,
  };
}

async function main(): Promise<void> {
  const settings = relaySettings(process.env);
  if (typeof settings === 'string') {
    console.error(settings);
    process.exit(1);
  }
  const relay = await startRelay(settings).catch((error: NodeJS.ErrnoException) => {
    console.error(error.code === 'EADDRINUSE' ? `Port ${settings.port} is in use: set PORT to another.` : error.message);
    process.exit(1);
  });
  const where = process.env.REDIS_URL
    ? 'in Redis, shared with every relay process using it'
    : 'in this process (kept on disk for a restart)';
  console.log(`Dichtbij relay listening on http://${settings.host}:${relay.port}`);
  console.log(`  Rooms live ${where}. No names or addresses are stored.`);
  console.log(`  Phones join at ${relay.publicUrl}/join`);
  if (!settings.publicUrl) console.log('  PUBLIC_URL is not set: QR codes show the address above, not your public one.');
  const stop = () => {
    relay.stop().finally(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) void main();
