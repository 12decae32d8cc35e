// The hosted relay as it runs in production (issue 19): Redis and three relay processes, each
// started with the Dockerfile's own command, behind a round-robin balancer. Many rooms vote at
// once with every vote counted and every tally the same on the projector and the phones; a
// relay process killed mid-vote loses no counted vote, and its phones and facilitator come
// back through the others.
import { randomInt } from 'node:crypto';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { DEFAULT_GUARDS } from '../../src/server/relay-guards.ts';
import { ROOM_CODE_ALPHABET } from '../../src/workshop/relay-protocol.ts';
import { type Cluster, startCluster } from './cluster.ts';
import { Facilitator, Phone, SECRET } from './helpers.ts';
import { startRedis, type TestRedis } from './redis-server.ts';
import { countsOf, phonePagesAt, restVote, SimPhone, waitFor } from './sim-phone.ts';
import { voteInRooms } from './voting-rounds.ts';

const ROOMS = Number(process.env.HOSTED_ROOMS ?? 20);
const PHONES = Number(process.env.HOSTED_PHONES ?? 100);
const OPTIONS = [0, 1, 2].map((index) => ({ index, text: `Option ${index}` }));

let redis: TestRedis;
let cluster: Cluster;

beforeAll(async () => {
  redis = await startRedis();
  cluster = await startCluster({ processes: 3, redisUrl: redis.url });
}, 60_000);
afterAll(async () => {
  await cluster?.stop();
  await redis?.stop();
});

it(`${ROOMS} rooms of ${PHONES} phones over three relay processes: five rounds, no vote lost, the same tally everywhere`, async () => {
  const started = performance.now();
  const result = await voteInRooms({ url: cluster.url, rooms: ROOMS, phonesPerRoom: PHONES, rounds: 5, label: 'hosted-test' });
  const sorted = result.latencies.sort((a, b) => a - b);
  const p = (q: number) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)]?.toFixed(1);
  console.log(
    `${result.sockets} sockets, 5 rounds in ${((performance.now() - started) / 1000).toFixed(1)} s: tally latency p50 ${p(0.5)} ms, p99 ${p(0.99)} ms`,
  );
  expect(result.lost).toBe(0);
  expect(result.mismatched).toBe(0);
  expect(result.latencies.length).toBe(ROOMS * PHONES * 5);
}, 180_000);

it('limits per address hold behind the balancer: 300 joins from one address move a tally by at most the limit per process', async () => {
  const facilitator = await Facilitator.connect(cluster.url, 'secret-hosted-limits-0123456789abcdef');
  facilitator.relay.openRound({ roundId: 'r1', prompt: 'Which?', options: OPTIONS });
  let joined = 0;
  for (let batch = 0; batch < 30; batch++) {
    const scripted = await Promise.all(
      Array.from({ length: 10 }, () => Phone.join(cluster.url, facilitator.code, undefined, { localAddress: '127.0.9.3' })),
    );
    for (const phone of scripted) {
      if (phone.view) {
        joined += 1;
        phone.vote('r1', 1);
      }
    }
    await new Promise((done) => setTimeout(done, 20));
    for (const phone of scripted) phone.drop();
  }
  // Each of the three processes gives one address its own budget of new phones.
  const bound = 3 * DEFAULT_GUARDS.newTokensPerAddress.burst;
  expect(joined).toBeLessThanOrEqual(bound);
  const phones = await Promise.all(Array.from({ length: 30 }, () => Phone.join(cluster.url, facilitator.code)));
  expect(phones.filter((p) => p.view === null)).toEqual([]);
  for (const phone of phones) phone.vote('r1', 0);
  await facilitator.until(() => facilitator.tally?.counts[0] === 30);
  expect(facilitator.tally?.counts[1]).toBeLessThanOrEqual(bound);
  console.log(
    `300 scripted joins from one address through 3 processes: ${joined} admitted (bound ${bound}), tally ${facilitator.tally?.counts}`,
  );
  for (const phone of phones) phone.close();
  facilitator.relay.end();
  facilitator.relay.disconnect();
});

it('guessing codes from many addresses through three processes stays under 20 answers a second relay-wide', async () => {
  const started = performance.now();
  let looked = 0;
  let refused = 0;
  await Promise.all(
    Array.from({ length: 120 }, async (_, i) => {
      const guesser = new Phone(cluster.url, { localAddress: `127.0.8.${(i % 60) + 2}` });
      await guesser.opened().catch(() => undefined);
      for (let attempt = 0; attempt < 5 && !guesser.closed; attempt++) {
        const before = guesser.errors.length;
        guesser.send({ t: 'join', room: randomCode() });
        await guesser.until(() => guesser.errors.length > before || guesser.closed);
      }
      looked += guesser.errors.filter((e) => e === 'unknown-room').length;
      refused += guesser.errors.filter((e) => e === 'busy').length;
      guesser.close();
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  console.log(`600 guesses from 60 addresses over 3 processes: ${looked} looked up, ${refused} refused as busy in ${seconds.toFixed(2)} s`);
  // Shared through Redis: the relay-wide budget is 10 at once, then 5 a second, for all processes.
  expect(looked).toBeLessThanOrEqual(DEFAULT_GUARDS.wrongCodes.burst + Math.ceil(DEFAULT_GUARDS.wrongCodes.perSecond * seconds) + 1);
  expect(looked / Math.max(seconds, 1)).toBeLessThan(20);
  expect(refused).toBeGreaterThan(0);
});

it('a relay process killed mid-vote: its phones and facilitator reconnect to the others, no counted vote lost', async () => {
  const restoreWebSocket = phonePagesAt(cluster.url);
  const phones: SimPhone[] = [];
  try {
    const facilitator = await Facilitator.connect(cluster.url, SECRET);
    const code = facilitator.code;
    facilitator.relay.openRound({ roundId: 'r1', prompt: 'Which?', options: OPTIONS });
    for (let i = 0; i < 30; i++) phones.push(new SimPhone(cluster.url, code));
    await facilitator.until(() => facilitator.participants === 30);
    await waitFor(() => phones.every((p) => p.view?.round?.phase === 'open'), 10_000, 'the round on every phone');

    const votes = new Map<number, number>();
    for (let i = 0; i < 20; i++) {
      votes.set(i, i % 3);
      phones[i]!.connection.vote('r1', i % 3);
    }
    await facilitator.tallyReaches('r1', countsOf(votes));
    const tokens = phones.map((p) => p.view?.token);

    // The balancer sent a third of everyone to the first relay (the facilitator too, maybe).
    await cluster.kill(0);
    await waitFor(() => phones.some((p) => p.statuses.at(-1) === 'lost'), 5_000, 'a phone to notice');
    await waitFor(() => phones.every((p) => p.statuses.at(-1) === 'open'), 20_000, 'every phone back');
    await facilitator.until(() => facilitator.relay.status === 'open');
    expect(facilitator.code).toBe(code);
    expect(phones.map((p) => p.view?.token)).toEqual(tokens);
    for (const [i, index] of votes) expect(phones[i]!.view?.round?.myVote).toBe(index);
    await facilitator.tallyReaches('r1', countsOf(votes));
    for (const phone of phones) expect(phone.statuses.filter((s) => s !== 'lost' && s !== 'open' && s !== 'connecting')).toEqual([]);

    await restVote(facilitator, phones, votes, 20);
    expect(facilitator.tally?.voters).toBe(30);
    facilitator.relay.end();
    await waitFor(() => phones.every((p) => p.statuses.at(-1) === 'ended'), 10_000, 'the end on every phone');
  } finally {
    for (const phone of phones) phone.connection.close();
    restoreWebSocket();
  }
}, 60_000);

function randomCode(): string {
  return Array.from({ length: 6 }, () => ROOM_CODE_ALPHABET[randomInt(ROOM_CODE_ALPHABET.length)]).join('');
}
