// 1000 hostile frames (from phones, unannounced connections and facilitators of other rooms)
// and abrupt disconnects while honest phones vote: the relay keeps serving, refuses every
// bad frame, and counts every valid vote exactly once.
import fc from 'fast-check';
import { expect, it } from 'vitest';
import WebSocket from 'ws';
import { Facilitator, nextPhoneAddress, Phone, pageHeaders, relayPerTest, SECRET, wsUrl } from './helpers.ts';

const ROUND = 'r1';
const TYPES = [
  'vote',
  'answer',
  'join',
  'host',
  'open',
  'close',
  'reveal',
  'choose',
  'advance',
  'ask',
  'approve',
  'end',
  '__proto__',
  'constructor',
  '',
];

const notTheRound = fc
  .oneof(fc.string({ maxLength: 200 }), fc.integer(), fc.constant(null), fc.constant({ toString: 'r1' }))
  .filter((id) => id !== ROUND);

const hostile: fc.Arbitrary<string | Uint8Array> = fc.oneof(
  fc.string({ maxLength: 300 }),
  fc.json({ maxDepth: 3 }),
  fc.anything({ maxDepth: 2 }).map((value) => JSON.stringify(value) ?? 'null'),
  fc
    .record(
      {
        t: fc.constantFrom(...TYPES),
        roundId: notTheRound,
        index: fc.oneof(fc.integer(), fc.double(), fc.string(), fc.constantFrom(-1, 8, 1e9, 0.5)),
        text: fc.string({ maxLength: 400 }),
        room: fc.string({ maxLength: 10 }),
        token: fc.string({ maxLength: 70 }),
        secret: fc.string({ maxLength: 140 }),
        id: fc.string({ maxLength: 50 }),
        options: fc.anything({ maxDepth: 2 }),
        overridden: fc.anything({ maxDepth: 1 }),
      },
      { requiredKeys: ['t'] },
    )
    .map((value) => JSON.stringify(value)),
  // Near misses of a valid vote: extra keys, prototype tricks, wrong types.
  fc.constantFrom(
    '{"t":"vote","roundId":"r1","index":0,"extra":true}',
    '{"t":"vote","__proto__":{"roundId":"r1"},"index":0}',
    '{"t":"vote","roundId":"r1","index":"0"}',
    '{"t":"vote","roundId":["r1"],"index":0}',
    '{"t":"vote","roundId":"r1","index":0.0001}',
    '{"t":"vote","roundId":"r1","index":-0.5}',
    '{"t":"vote","roundId":"r1"}',
    '[{"t":"vote","roundId":"r1","index":0}]',
    '{"t":"vote","roundId":"r1","index":0}{"t":"vote"}',
    '{"t":"close"}',
    '{"t":"end"}',
  ),
  fc.string({ minLength: 1100, maxLength: 3000 }),
  fc.uint8Array({ maxLength: 200 }),
);

const { start, open } = relayPerTest();

it('survives 1000 fuzzed frames and abrupt disconnects, counting every valid vote', async () => {
  // A roomy rate limit, so the frames reach the parser rather than the limiter.
  const relay = await start({ sweepEveryMs: null, phoneRate: { burst: 10_000, perSecond: 10_000 } });
  const facilitator = await Facilitator.connect(relay.url, SECRET);
  open.push({ close: () => facilitator.relay.disconnect() });
  const code = facilitator.code;
  const options = [0, 1, 2, 3].map((index) => ({ index, text: `Option ${index}` }));
  facilitator.relay.openRound({ roundId: ROUND, prompt: 'Which?', options });

  const honest: Phone[] = [];
  for (let i = 0; i < 30; i++) honest.push(await Phone.join(relay.url, code));
  const hostileJoined: Phone[] = [];
  for (let i = 0; i < 20; i++) hostileJoined.push(await Phone.join(relay.url, code));
  const hostileNew: WebSocket[] = [];
  for (let i = 0; i < 20; i++) {
    // From addresses of their own: one address may hold only a few connections that never join.
    const ws = new WebSocket(wsUrl(relay.url), { ...pageHeaders(relay.url), localAddress: nextPhoneAddress() });
    ws.on('error', () => {});
    await new Promise((resolve) => ws.once('open', resolve));
    hostileNew.push(ws);
  }
  // Hostile facilitators of rooms of their own: their frames must not reach anyone else's room.
  const hostileHosts: WebSocket[] = [];
  for (let i = 0; i < 5; i++) {
    const ws = new WebSocket(wsUrl(relay.url), pageHeaders(relay.url));
    ws.on('error', () => {});
    await new Promise((resolve) => ws.once('open', resolve));
    const room = new Promise((resolve) => ws.once('message', resolve));
    ws.send(JSON.stringify({ t: 'host', secret: `hostile-secret-${i}-0123456789abcdefghijklmn`, lang: 'en' }));
    await room;
    hostileHosts.push(ws);
  }
  open.push(...honest, ...hostileJoined, ...hostileNew, ...hostileHosts);

  const frames = fc.sample(hostile, { numRuns: 1000, seed: 20261125 });
  const votes = new Map<number, number>();
  const sockets = [...hostileJoined.map((p) => p.ws), ...hostileNew, ...hostileHosts];
  const sent = new Map<WebSocket, number>();
  for (let i = 0; i < frames.length; i++) {
    const socket = sockets[i % sockets.length]!;
    if (socket.readyState === WebSocket.OPEN) {
      socket.send(frames[i]!, { binary: typeof frames[i] !== 'string' });
      sent.set(socket, (sent.get(socket) ?? 0) + 1);
    }
    // Honest votes arrive in the middle of the flood.
    if (i % 20 === 0) {
      const n = (i / 20) % honest.length;
      const index = (i / 20) % 4;
      votes.set(n, index);
      honest[n]!.vote(ROUND, index);
    }
    // Half-way, some hostile phones vanish without a closing handshake.
    if (i === 500) for (const p of hostileJoined.slice(0, 10)) p.drop();
  }
  // Ten honest phones drop mid-vote and come back with their token.
  for (let n = 0; n < 10; n++) {
    const token = honest[n]!.token;
    honest[n]!.drop();
    honest[n] = await Phone.join(relay.url, code, token);
    open.push(honest[n]!);
  }
  for (let n = 0; n < honest.length; n++) {
    const index = (n * 7) % 4;
    votes.set(n, index);
    await honest[n]!.voteAndWait(ROUND, index);
  }

  const expected = [0, 0, 0, 0];
  for (const index of votes.values()) expected[index] = (expected[index] ?? 0) + 1;
  await facilitator.tallyReaches(ROUND, expected);
  expect(facilitator.tally?.voters).toBe(30);
  expect(facilitator.errors).toEqual([]);

  // Every frame a joined hostile phone sent was answered with a refusal.
  for (const phone of hostileJoined.slice(10)) {
    await phone.until(() => phone.errors.length === sent.get(phone.ws));
    expect(phone.view?.round?.myVote).toBeNull();
  }

  // Still serving: a newcomer joins and votes, the info endpoint answers.
  const newcomer = await Phone.join(relay.url, code);
  open.push(newcomer);
  await newcomer.voteAndWait(ROUND, 3);
  expected[3]! += 1;
  await facilitator.tallyReaches(ROUND, expected);
  const info = await fetch(`${relay.url}/relay-info`);
  expect(await info.json()).toEqual({ relay: true, version: 1 });
  // The room was never steered by the flood.
  expect(newcomer.view?.round).toMatchObject({ roundId: ROUND, phase: 'open' });
});
