// A Redis of the test's own (Debian's redis-server) on a free loopback port, keeping every
// write in an append-only file so a kill and restart loses nothing, as docs/hosting.md asks
// of a production Redis. Stopped (and its folder removed) after the test file.
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { freePort } from './helpers.ts';

export interface TestRedis {
  url: string;
  /** Killed at once (SIGKILL), like a crash: only what the append-only file holds survives. */
  kill(): Promise<void>;
  /** Started again on the same port with the same data folder. */
  start(): Promise<void>;
  stop(): Promise<void>;
}

export async function startRedis(): Promise<TestRedis> {
  const port = await freePort();
  const dir = mkdtempSync(join(tmpdir(), 'dichtbij-redis-'));
  let child: ChildProcess | null = null;
  const start = async () => {
    const args = [
      '--port',
      String(port),
      '--bind',
      '127.0.0.1',
      '--dir',
      dir,
      '--save',
      '',
      '--appendonly',
      'yes',
      '--appendfsync',
      'always',
    ];
    const started = spawn('redis-server', args, { stdio: ['ignore', 'pipe', 'pipe'] });
    child = started;
    await new Promise<void>((done, fail) => {
      createInterface({ input: started.stdout! }).on('line', (line) => (line.includes('Ready to accept connections') ? done() : undefined));
      started.once('exit', (code) => fail(new Error(`redis-server exited (${code}); is it installed? (apt-get install redis-server)`)));
      started.once('error', fail);
    });
  };
  const kill = async () => {
    const running = child;
    child = null;
    if (!running || running.exitCode !== null) return;
    const exited = new Promise((done) => running.once('exit', done));
    running.kill('SIGKILL');
    await exited;
  };
  await start();
  return {
    url: `redis://127.0.0.1:${port}`,
    kill,
    start,
    stop: async () => {
      await kill();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
