// `npm run bench:workshop -- --processes N`: the hosted relay as in production. Redis and N
// relay processes (the Dockerfile's command) behind a round-robin balancer; 20 rooms of 100
// phones (2,000 sockets) vote five rounds. Reports votes lost and phones whose revealed
// counts differ from the projector's (both must be 0; exit 1 otherwise) and the tally
// latency, from a vote leaving a phone to the facilitator's tally counting it.
import { cpus, loadavg } from 'node:os';
import { startCluster } from '../tests/server/cluster.ts';
import { startRedis } from '../tests/server/redis-server.ts';
import { voteInRooms } from '../tests/server/voting-rounds.ts';

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
}

export async function benchCluster(processes: number): Promise<boolean> {
  const rooms = Number(process.env.ROOMS ?? 20);
  const phones = Number(process.env.PHONES ?? 100);
  const redis = await startRedis();
  const cluster = await startCluster({ processes, redisUrl: redis.url });
  try {
    const load = loadavg()
      .map((l) => l.toFixed(1))
      .join(' ');
    console.log(`Hosted relay bench: ${processes} relay processes sharing one Redis, ${rooms} rooms of ${phones} phones, 5 rounds`);
    console.log(`(${cpus().length} CPUs, load average ${load}; every phone's vote of a round is sent at once)\n`);
    const started = performance.now();
    const result = await voteInRooms({ url: cluster.url, rooms, phonesPerRoom: phones, rounds: 5, label: `bench-${Date.now()}` });
    const sorted = [...result.latencies].sort((a, b) => a - b);
    console.log(`${result.sockets} sockets, ${rooms * phones * 5} votes in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    console.log(`  votes lost:             ${result.lost}`);
    console.log(`  phones off the tally:   ${result.mismatched}`);
    console.log(`  tally latency p50:      ${percentile(sorted, 50).toFixed(1)} ms`);
    console.log(`  tally latency p99:      ${percentile(sorted, 99).toFixed(1)} ms`);
    console.log(`  tally latency max:      ${(sorted.at(-1) ?? Number.NaN).toFixed(1)} ms`);
    return result.lost === 0 && result.mismatched === 0;
  } finally {
    await cluster.stop();
    await redis.stop();
  }
}
