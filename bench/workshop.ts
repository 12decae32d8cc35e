// `npm run bench:workshop`: 200 phones vote within one second against a relay running in
// its own process. With `-- --processes N`: the hosted relay over N processes and Redis
// (workshop-cluster.ts). Reports votes lost (must be 0; exit 1 otherwise) and the tally latency:
// from a vote leaving a phone to the facilitator receiving a tally that counts it.
//
// Tallies are coalesced and carry counts, not ids, so "counts it" is measured as: the first
// tally whose voter total reaches the vote's place in sending order (with one vote per phone,
// the tally that takes the total to n is the earliest that can include the n-th vote).
import { spawn } from 'node:child_process';
import { cpus, loadavg } from 'node:os';
import { createInterface } from 'node:readline';
import WebSocket from 'ws';
import { connectFacilitator, type WebSocketFactory } from '../src/workshop/relay-client.ts';
import { RELAY_PATH } from '../src/workshop/relay-protocol.ts';
import { benchCluster } from './workshop-cluster.ts';

const PHONES = Number(process.env.PHONES ?? 200);
const WINDOW_MS = 1000;
const OPTIONS = 4;

async function startRelayProcess(): Promise<{ url: string; stop: () => void }> {
  const child = spawn(process.execPath, ['--import', 'tsx', new URL('./workshop-relay.ts', import.meta.url).pathname], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const firstLine = await new Promise<string>((resolve, reject) => {
    createInterface({ input: child.stdout }).once('line', resolve);
    child.once('exit', (code) => reject(new Error(`the relay exited (${code})`)));
  });
  return { url: firstLine.trim(), stop: () => child.kill('SIGTERM') };
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
}

interface Run {
  lost: number;
  latencies: number[];
  spanMs: number;
}

async function run(url: string, mode: 'spread' | 'burst', secret: string): Promise<Run> {
  const wsUrl = `${url.replace(/^http/, 'ws')}${RELAY_PATH}`;
  // The relay answers only its own pages (issue 15): every socket says it comes from one.
  const fromPage = { headers: { Origin: new URL(url).origin } };
  const PageSocket = class extends WebSocket {
    constructor(address: string) {
      super(address, fromPage);
    }
  };
  const facilitator = connectFacilitator({ url: wsUrl, secret, lang: 'en', WebSocketImpl: PageSocket as unknown as WebSocketFactory });
  const room = await new Promise<{ code: string }>((resolve) => facilitator.on('room', resolve));

  const phones: WebSocket[] = [];
  const acked = new Set<number>();
  await Promise.all(
    Array.from({ length: PHONES }, async (_, i) => {
      const ws = new WebSocket(wsUrl, { ...fromPage, localAddress: `127.0.0.${(i % 240) + 2}` });
      phones[i] = ws;
      await new Promise((resolve) => ws.once('open', resolve));
      ws.on('message', (data) => {
        const message = JSON.parse(data.toString());
        if (message.t === 'view' && message.round?.myVote === i % OPTIONS) acked.add(i);
      });
      ws.send(JSON.stringify({ t: 'join', room: room.code }));
    }),
  );
  const allIn = new Promise<boolean>((resolve) => {
    const check = () => (facilitator.room && facilitator.room.participants >= PHONES ? resolve(true) : undefined);
    facilitator.on('presence', check);
    check();
  });
  if (!(await Promise.race([allIn, new Promise<boolean>((r) => setTimeout(() => r(false), 10_000))]))) {
    throw new Error(`only ${facilitator.room?.participants ?? 0} of ${PHONES} phones could join (the relay admits 300 a room)`);
  }

  const roundId = `bench-${mode}`;
  const options = Array.from({ length: OPTIONS }, (_, index) => ({ index, text: `Option ${index + 1}` }));
  const opened = new Promise<void>((resolve) => facilitator.on('tally', (t) => (t.roundId === roundId ? resolve() : undefined)));
  facilitator.openRound({ roundId, prompt: 'Bench', options });
  await opened;

  const sentAt: number[] = [];
  const reachedAt = new Map<number, number>();
  let last = { voters: 0, counts: [] as number[] };
  const everyone = new Promise<void>((resolve) => {
    facilitator.on('tally', (t) => {
      if (t.roundId !== roundId) return;
      const now = performance.now();
      for (let n = last.voters + 1; n <= t.voters; n++) reachedAt.set(n, now);
      last = t;
      if (t.voters >= PHONES) resolve();
    });
  });
  const start = performance.now();
  // Timers, not a busy loop: the phones' side must not starve the relay of CPU.
  await new Promise<void>((resolve) => {
    let next = 0;
    const tick = () => {
      const elapsed = performance.now() - start;
      while (next < PHONES && (mode === 'burst' || elapsed >= (next * WINDOW_MS) / PHONES)) {
        sentAt.push(performance.now());
        phones[next]!.send(JSON.stringify({ t: 'vote', roundId, index: next % OPTIONS }));
        next += 1;
      }
      if (next >= PHONES) resolve();
      else setTimeout(tick, 1);
    };
    tick();
  });
  const spanMs = performance.now() - start;
  // Lost votes show as a tally that never reaches everyone, or a phone never told its vote
  // counted (that word travels on another socket, so it may land after the tally); ten seconds.
  const deadline = performance.now() + 10_000;
  await Promise.race([everyone, new Promise((r) => setTimeout(r, 10_000))]);
  while (acked.size < PHONES && performance.now() < deadline) await new Promise((r) => setTimeout(r, 10));
  const expected = Array.from(
    { length: OPTIONS },
    (_, o) => Array.from({ length: PHONES }, (_, i) => i).filter((i) => i % OPTIONS === o).length,
  );
  const countedRight = expected.reduce((lost, e, o) => lost + Math.max(0, e - (last.counts[o] ?? 0)), 0);
  const lost = Math.max(PHONES - last.voters, countedRight, PHONES - acked.size);
  if (lost > 0)
    console.error(`  (${last.voters} voters in the last tally, counts ${last.counts.join('/')}, ${acked.size} phones acknowledged)`);
  const latencies = sentAt.map((t, i) => (reachedAt.get(i + 1) ?? Number.NaN) - t).filter(Number.isFinite);

  facilitator.end();
  for (const ws of phones) ws.terminate();
  return { lost, latencies, spanMs };
}

const processesFlag = process.argv.indexOf('--processes');
if (processesFlag > 0) {
  const processes = Number(process.argv[processesFlag + 1]);
  if (!Number.isInteger(processes) || processes < 1) {
    console.error('--processes takes a whole number of relay processes, e.g. --processes 3');
    process.exit(1);
  }
  const passed = await benchCluster(processes).catch((error: Error) => {
    console.error(`FAIL: ${error.message}`);
    return false;
  });
  process.exit(passed ? 0 : 1);
}

const relay = await startRelayProcess();
let failed = false;
try {
  const load = loadavg()
    .map((l) => l.toFixed(1))
    .join(' ');
  console.log(`Workshop relay bench: ${PHONES} phones, relay in its own process at ${relay.url}`);
  console.log(`(${cpus().length} CPUs, load average ${load}: latency grows with a busy machine)\n`);
  for (const mode of ['spread', 'burst'] as const) {
    const result = await run(relay.url, mode, `bench-secret-${mode}-0123456789abcdefghij`);
    const sorted = [...result.latencies].sort((a, b) => a - b);
    const label = mode === 'spread' ? `evenly over ${WINDOW_MS} ms` : 'all at once';
    console.log(`${PHONES} votes sent ${label} (took ${result.spanMs.toFixed(0)} ms)`);
    console.log(`  votes lost:             ${result.lost}`);
    console.log(`  tally latency p50:      ${percentile(sorted, 50).toFixed(1)} ms`);
    console.log(`  tally latency p99:      ${percentile(sorted, 99).toFixed(1)} ms`);
    console.log(`  tally latency max:      ${(sorted.at(-1) ?? Number.NaN).toFixed(1)} ms\n`);
    if (result.lost > 0) {
      console.error(`FAIL: ${result.lost} votes lost.`);
      failed = true;
    }
  }
} catch (error) {
  console.error(`FAIL: ${(error as Error).message}`);
  failed = true;
} finally {
  relay.stop();
}
if (failed) process.exit(1);
process.exit(0);
