// A hosted relay as it runs in production, on loopback: several relay processes started with
// the Dockerfile's own command and environment, sharing one Redis, behind a plain
// round-robin balancer that adds X-Forwarded-For as a reverse proxy does. Used by
// tests/server/hosted.test.ts and `npm run bench:workshop -- --processes N`.
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, request as httpRequest, type IncomingMessage } from 'node:http';
import { connect, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import type { Duplex } from 'node:stream';
import { freePort } from './helpers.ts';

const ROOT = resolve(import.meta.dirname, '../..');

/** The image's start command and environment, read from the Dockerfile. */
export function imageCommand(): { command: string[]; env: Record<string, string> } {
  const dockerfile = readFileSync(resolve(ROOT, 'Dockerfile'), 'utf8').replace(/\\\n\s*/g, ' ');
  const cmd = /^CMD (\[.*\])$/m.exec(dockerfile)?.[1];
  if (!cmd) throw new Error('the Dockerfile has no CMD in exec form');
  const env: Record<string, string> = {};
  for (const line of dockerfile.split('\n').filter((l) => l.startsWith('ENV '))) {
    for (const [, name, value] of line.matchAll(/([A-Z_]+)=(\S+)/g)) env[name!] = value!;
  }
  return { command: JSON.parse(cmd) as string[], env };
}

export interface Cluster {
  /** The balancer's address: what phones and facilitators open. */
  url: string;
  ports: number[];
  /** Kills relay `i` at once (SIGKILL), like a crash. */
  kill(i: number): Promise<void>;
  stop(): Promise<void>;
}

export async function startCluster(options: { processes: number; redisUrl: string; env?: Record<string, string> }): Promise<Cluster> {
  const work = mkdtempSync(join(tmpdir(), 'dichtbij-cluster-'));
  const dist = join(work, 'dist');
  mkdirSync(dist);
  writeFileSync(join(dist, 'index.html'), '<!doctype html><title>game</title>');
  writeFileSync(join(dist, 'join.html'), '<!doctype html><title>join</title>');
  const ports = await Promise.all(Array.from({ length: options.processes }, () => freePort()));
  const balancer = await startBalancer(ports);
  const { command, env } = imageCommand();
  const children: ChildProcess[] = [];
  for (const port of ports) {
    const child = spawn(command[0] === 'node' ? process.execPath : command[0]!, command.slice(1), {
      cwd: ROOT,
      env: {
        ...process.env,
        ...env,
        PORT: String(port),
        HOST: '127.0.0.1',
        DIST_DIR: dist,
        REDIS_URL: options.redisUrl,
        PUBLIC_URL: balancer.url,
        ...options.env,
      },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    children.push(child);
    await new Promise<void>((done, fail) => {
      createInterface({ input: child.stdout! }).on('line', (line) => (line.includes('listening on') ? done() : undefined));
      child.once('exit', (code) => fail(new Error(`relay on port ${port} exited (${code})`)));
    });
  }
  const kill = async (i: number) => {
    const child = children[i]!;
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((done) => child.once('exit', done));
    child.kill('SIGKILL');
    await exited;
  };
  return {
    url: balancer.url,
    ports,
    kill,
    stop: async () => {
      await Promise.all(children.map((_, i) => kill(i)));
      await balancer.close();
      rmSync(work, { recursive: true, force: true });
    },
  };
}

/**
 * Round-robin over the relays, skipping one that refuses the connection (a killed process),
 * with the client's address in X-Forwarded-For: what Caddy or nginx do in docs/hosting.md.
 */
async function startBalancer(ports: number[]): Promise<{ url: string; close(): Promise<void> }> {
  let next = 0;
  const sockets = new Set<Socket | Duplex>();
  const pick = () => ports[next++ % ports.length]!;
  const server = createServer((req, res) => {
    const upstream = httpRequest(
      { host: '127.0.0.1', port: pick(), method: req.method, path: req.url, headers: forwarded(req) },
      (reply) => {
        res.writeHead(reply.statusCode ?? 502, reply.headers);
        reply.pipe(res);
      },
    );
    upstream.on('error', () => res.writeHead(502).end());
    req.pipe(upstream);
  });
  server.on('upgrade', (req: IncomingMessage, client: Duplex, head: Buffer) => {
    sockets.add(client);
    client.on('error', () => client.destroy());
    client.on('close', () => sockets.delete(client));
    const attempt = (left: number) => {
      const upstream = connect(pick(), '127.0.0.1');
      upstream.once('error', () => (left > 1 && !client.destroyed ? attempt(left - 1) : client.destroy()));
      upstream.once('connect', () => {
        sockets.add(upstream);
        upstream.removeAllListeners('error');
        upstream.on('error', () => client.destroy());
        upstream.on('close', () => {
          sockets.delete(upstream);
          client.destroy();
        });
        client.on('close', () => upstream.destroy());
        const headers = Object.entries(forwarded(req)).map(([name, value]) => `${name}: ${value}\r\n`);
        upstream.write(`${req.method} ${req.url} HTTP/1.1\r\n${headers.join('')}\r\n`);
        upstream.write(head);
        upstream.pipe(client);
        client.pipe(upstream);
      });
    };
    attempt(ports.length);
  });
  const port = await freePort();
  await new Promise<void>((done) => server.listen(port, '127.0.0.1', done));
  return {
    url: `http://127.0.0.1:${port}`,
    close: async () => {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((done) => server.close(() => done()));
    },
  };
}

function forwarded(req: IncomingMessage): Record<string, string> {
  const headers: Record<string, string> = {};
  for (let i = 0; i < req.rawHeaders.length; i += 2) {
    const name = req.rawHeaders[i]!;
    if (name.toLowerCase() !== 'x-forwarded-for') headers[name] = req.rawHeaders[i + 1]!;
  }
  headers['X-Forwarded-For'] = req.socket.remoteAddress ?? '';
  return headers;
}
