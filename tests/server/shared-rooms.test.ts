// Rooms shared through Redis (issue 19): relays in this process, each with its own Redis
// connections, as separate relay processes would have. A phone on one relay and the
// facilitator on another share the room; votes are never lost or counted twice over random
// sequences of votes, reconnects to other relays, facilitator moves and dropped Redis
// connections (fast-check model-based commands).
import fc from 'fast-check';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { redisHub } from '../../src/server/redis-hub.ts';
import type { Relay } from '../../src/server/relay-server.ts';
import { Facilitator, Phone, relayPerTest } from './helpers.ts';
import { startRedis, type TestRedis } from './redis-server.ts';
import { countsOf } from './sim-phone.ts';

const OPTIONS = [0, 1, 2].map((index) => ({ index, text: `Option ${index + 1}` }));
const { start, open } = relayPerTest();
let redis: TestRedis;
let prefixes = 0;

beforeAll(async () => {
  redis = await startRedis();
});
afterAll(async () => {
  await redis.stop();
});

/** `n` relays sharing one Redis (a prefix of their own, so tests stay apart). */
async function sharedRelays(n: number, log: (line: string) => void = () => {}): Promise<Relay[]> {
  const prefix = `t${++prefixes}:`;
  const relays: Relay[] = [];
  for (let i = 0; i < n; i++) relays.push(await start({ hub: redisHub({ url: redis.url, prefix, log }), sweepEveryMs: null }));
  return relays;
}

function track<T extends { close(): void }>(items: T[]): T[] {
  open.push({
    close: () => {
      for (const item of items) item.close();
    },
  });
  return items;
}

describe('rooms shared by relays through Redis', () => {
  it('lets a phone on one relay vote, answer and see the room of a facilitator on another', async () => {
    const [a, b] = await sharedRelays(2);
    const facilitator = await Facilitator.connect(a!.url, 'secret-shared-room-0123456789abcdef');
    open.push({ close: () => facilitator.relay.disconnect() });
    expect(facilitator.room?.joinUrl).toBe(`${a!.publicUrl}/join?room=${facilitator.code}`);
    facilitator.relay.openRound({ roundId: 'r1', prompt: 'Which?', options: OPTIONS });
    const phones = track(await Promise.all([0, 1, 2].map(() => Phone.join(b!.url, facilitator.code))));
    await facilitator.until(() => facilitator.participants === 3);
    await Promise.all(phones.map((p) => p.until(() => p.view?.round?.roundId === 'r1')));

    await phones[0]!.voteAndWait('r1', 2);
    await phones[1]!.voteAndWait('r1', 2);
    await phones[1]!.voteAndWait('r1', 0);
    await facilitator.tallyReaches('r1', [1, 0, 1]);
    expect(facilitator.tally?.voters).toBe(2);

    facilitator.relay.reveal({ handCounts: [0, 4, 0] });
    await Promise.all(phones.map((p) => p.until(() => p.view?.round?.phase === 'revealed')));
    expect(phones[2]!.view?.round?.counts).toEqual([1, 4, 1]);
    phones[2]!.vote('r1', 1);
    await phones[2]!.until(() => phones[2]!.errors.includes('round-closed'));

    const questionId = facilitator.relay.askQuestion('What helps?');
    await phones[0]!.until(() => phones[0]!.view?.question?.questionId === questionId);
    phones[0]!.send({ t: 'answer', questionId, text: 'Staying near' });
    await facilitator.until(() => facilitator.answers.length === 1);
    facilitator.relay.approveAnswer(facilitator.answers[0]!.id);
    await Promise.all(phones.map((p) => p.until(() => p.view?.approved[0]?.text === 'Staying near')));
    expect(phones[0]!.view?.question?.answered).toBe(true);

    facilitator.relay.end();
    await Promise.all(phones.map((p) => p.until(() => p.ended)));
  });

  it('holds votes while Redis restarts, says so in the log, and counts each once when it is back', async () => {
    const lines: string[] = [];
    const [a, b] = await sharedRelays(2, (line) => lines.push(line));
    const facilitator = await Facilitator.connect(a!.url, 'secret-redis-restart-0123456789abcdef');
    open.push({ close: () => facilitator.relay.disconnect() });
    facilitator.relay.openRound({ roundId: 'r1', prompt: 'Which?', options: OPTIONS });
    const phones = track(await Promise.all(Array.from({ length: 10 }, (_, i) => Phone.join((i % 2 ? a : b)!.url, facilitator.code))));
    await Promise.all(phones.map((p) => p.until(() => p.view?.round?.roundId === 'r1')));
    const votes = new Map<number, number>();
    for (let i = 0; i < 5; i++) {
      await phones[i]!.voteAndWait('r1', i % 3);
      votes.set(i, i % 3);
    }
    await facilitator.tallyReaches('r1', countsOf(votes));

    await redis.kill();
    // While Redis is away the votes wait in the relays; one phone changes its mind twice.
    for (let i = 5; i < 10; i++) {
      phones[i]!.vote('r1', (i + 1) % 3);
      votes.set(i, (i + 1) % 3);
    }
    phones[0]!.vote('r1', 2);
    phones[0]!.vote('r1', 1);
    votes.set(0, 1);
    await within(5000, waitForLine(lines, 'is unreachable'), () => `log: ${lines.join(' | ')}`);
    expect(lines.find((l) => l.includes('is unreachable'))).toMatch(/Redis at redis:\/\/127\.0\.0\.1:\d+\/? is unreachable .*Rooms wait/);
    await redis.start();

    await within(10_000, facilitator.tallyReaches('r1', countsOf(votes)), () => `tally ${JSON.stringify(facilitator.tally)}`);
    expect(facilitator.tally?.voters).toBe(10);
    await Promise.all(
      phones.map((p, i) =>
        within(
          5000,
          p.until(() => p.view?.round?.myVote === votes.get(i)),
          () => `phone ${i}`,
        ),
      ),
    );
    await within(5000, waitForLine(lines, 'is back'), () => `log: ${lines.join(' | ')}`);
  });

  it('never loses or double counts a vote over sequences of votes, moves and dropped connections', async () => {
    const relays = await sharedRelays(3);
    const admin = new Redis(redis.url);
    open.push({ close: () => admin.disconnect() });
    const PHONES = 6;
    let run = 0;

    type Real = { facilitator: Facilitator; phones: Phone[]; roundId: string };
    type Model = { votes: Map<number, number> };
    const settled = async (real: Real, model: Model) => {
      const expected = countsOf(model.votes);
      await within(
        5000,
        real.facilitator.tallyReaches(real.roundId, expected),
        () => `tally ${JSON.stringify(real.facilitator.tally)}, expected ${expected}`,
      );
      expect(real.facilitator.tally?.voters).toBe(model.votes.size);
    };

    class Vote implements fc.AsyncCommand<Model, Real> {
      constructor(
        readonly phone: number,
        readonly index: number,
      ) {}
      check = () => true;
      async run(model: Model, real: Real) {
        await within(5000, real.phones[this.phone]!.voteAndWait(real.roundId, this.index), () => 'the vote was not acknowledged');
        model.votes.set(this.phone, this.index);
        await settled(real, model);
      }
      toString = () => `vote(${this.phone}, ${this.index})`;
    }
    class Rejoin implements fc.AsyncCommand<Model, Real> {
      constructor(
        readonly phone: number,
        readonly relay: number,
      ) {}
      check = () => true;
      async run(model: Model, real: Real) {
        const old = real.phones[this.phone]!;
        old.drop();
        const phone = await Phone.join(relays[this.relay]!.url, real.facilitator.code, old.token);
        real.phones[this.phone] = phone;
        expect(phone.token).toBe(old.token);
        expect(phone.view?.round?.myVote).toBe(model.votes.get(this.phone) ?? null);
        await settled(real, model);
      }
      toString = () => `rejoin(${this.phone} on relay ${this.relay})`;
    }
    class MoveFacilitator implements fc.AsyncCommand<Model, Real> {
      constructor(readonly relay: number) {}
      check = () => true;
      async run(model: Model, real: Real) {
        const secret = real.facilitator.relay === undefined ? '' : secretOf(run);
        real.facilitator.relay.disconnect();
        real.facilitator = await Facilitator.connect(relays[this.relay]!.url, secret);
        expect(real.facilitator.room?.resumed).toBe(true);
        await settled(real, model);
      }
      toString = () => `facilitator to relay ${this.relay}`;
    }
    class DropRedisConnections implements fc.AsyncCommand<Model, Real> {
      check = () => true;
      async run(model: Model, real: Real) {
        // Every relay loses its Redis connections (commands and events) at once.
        await admin.call('CLIENT', 'KILL', 'TYPE', 'normal', 'SKIPME', 'yes');
        await admin.call('CLIENT', 'KILL', 'TYPE', 'pubsub');
        await settled(real, model);
      }
      toString = () => 'drop Redis connections';
    }

    const commands = [
      fc.tuple(fc.nat(PHONES - 1), fc.nat(2)).map(([p, i]) => new Vote(p, i)),
      fc.tuple(fc.nat(PHONES - 1), fc.nat(2)).map(([p, r]) => new Rejoin(p, r)),
      fc.nat(2).map((r) => new MoveFacilitator(r)),
      fc.constant(new DropRedisConnections()),
    ];
    await fc.assert(
      fc.asyncProperty(fc.commands(commands, { maxCommands: 12 }), async (cmds) => {
        run += 1;
        const facilitator = await Facilitator.connect(relays[run % 3]!.url, secretOf(run));
        const roundId = `round-${run}`;
        facilitator.relay.openRound({ roundId, prompt: 'Which?', options: OPTIONS });
        const phones = await Promise.all(Array.from({ length: PHONES }, (_, i) => Phone.join(relays[i % 3]!.url, facilitator.code)));
        await Promise.all(phones.map((p) => p.until(() => p.view?.round?.roundId === roundId)));
        const real: Real = { facilitator, phones, roundId };
        try {
          await fc.asyncModelRun(() => ({ model: { votes: new Map() }, real }), cmds);
        } finally {
          real.facilitator.relay.end();
          real.facilitator.relay.disconnect();
          for (const phone of real.phones) phone.close();
        }
      }),
      { numRuns: 12 },
    );
  });
});

function secretOf(run: number): string {
  return `secret-model-run-${run}-0123456789abcdefghij`;
}

async function within<T>(ms: number, promise: Promise<T>, what: () => string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, fail) => {
    timer = setTimeout(() => fail(new Error(`after ${ms} ms: ${what()}`)), ms);
  });
  try {
    return await Promise.race([promise, late]);
  } finally {
    clearTimeout(timer);
  }
}

async function waitForLine(lines: string[], part: string): Promise<void> {
  while (!lines.some((line) => line.includes(part))) await new Promise((done) => setTimeout(done, 20));
}
