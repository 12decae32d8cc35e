// Issue 15's attacks on the relay, repeated from scripted clients on loopback (other
// addresses are other 127.0.0.x sources), each bounded in count and time, with the outcome
// the issue asks for. The restart is in restart.test.ts.
import { randomBytes } from 'node:crypto';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { DEFAULT_GUARDS } from '../../src/server/relay-guards.ts';
import { RoomRegistry } from '../../src/server/room-registry.ts';
import { memoryOnly } from '../../src/server/room-store.ts';
import { ROOM_CODE_ALPHABET } from '../../src/workshop/relay-protocol.ts';
import { Facilitator, Phone, pageHeaders, relayPerTest, SECRET, wsUrl } from './helpers.ts';

const { start, open } = relayPerTest();
const OPTIONS = [0, 1, 2].map((index) => ({ index, text: `Option ${index}` }));

async function hostRoom(url: string, secret = SECRET): Promise<Facilitator> {
  const facilitator = await Facilitator.connect(url, secret);
  open.push({ close: () => facilitator.relay.disconnect() });
  return facilitator;
}

/** A scripted client's socket from `address`; resolves once open, or null when refused. */
function rawSocket(url: string, address: string, headers = pageHeaders(url).headers): Promise<WebSocket | null> {
  const ws = new WebSocket(wsUrl(url), { headers, localAddress: address });
  return new Promise((resolve) => {
    ws.once('open', () => resolve(ws));
    ws.once('error', () => resolve(null));
    ws.once('close', () => resolve(null));
  });
}

/** Sends `frame` and collects what comes back until the socket closes or `ms` pass. */
function exchange(ws: WebSocket, frames: object[], ms: number): Promise<string[]> {
  const replies: string[] = [];
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      resolve(replies);
    };
    const timer = setTimeout(done, ms);
    ws.on('message', (data) => replies.push(data.toString()));
    ws.once('close', done);
    for (const frame of frames) ws.send(JSON.stringify(frame));
  });
}

function randomCode(): string {
  return Array.from(randomBytes(6), (b) => ROOM_CODE_ALPHABET[b % ROOM_CODE_ALPHABET.length]).join('');
}

async function until(check: () => boolean, timeoutMs: number): Promise<void> {
  const started = Date.now();
  while (!check()) {
    if (Date.now() - started > timeoutMs) throw new Error('timed out');
    await new Promise((done) => setTimeout(done, 20));
  }
}

function p99(samples: number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(sorted.length * 0.99) - 1)]!;
}

describe('attacks on the relay (issue 15)', () => {
  it('1: 300 scripted joins from one address move a tally by at most the per-address limit, and lock nobody out', async () => {
    const relay = await start({ sweepEveryMs: null, maxPhones: 300 });
    const facilitator = await hostRoom(relay.url);
    facilitator.relay.openRound({ roundId: 'r1', prompt: 'Which?', options: OPTIONS });
    let joined = 0;
    for (let batch = 0; batch < 30; batch++) {
      const sockets = await Promise.all(Array.from({ length: 10 }, () => rawSocket(relay.url, '127.0.9.2')));
      await Promise.all(
        sockets.map(async (ws) => {
          if (!ws) return;
          const replies = await exchange(ws, [{ t: 'join', room: facilitator.code }], 200);
          if (replies.some((r) => r.includes('"t":"view"'))) {
            joined += 1;
            ws.send(JSON.stringify({ t: 'vote', roundId: 'r1', index: 1 }));
          }
          await new Promise((done) => setTimeout(done, 20));
          ws.terminate();
        }),
      );
    }
    expect(joined).toBeLessThanOrEqual(DEFAULT_GUARDS.newTokensPerAddress.burst);
    // Thirty phones of other addresses all get in and are counted.
    const phones: Phone[] = [];
    for (let i = 0; i < 30; i++) phones.push(await Phone.join(relay.url, facilitator.code));
    open.push(...phones);
    expect(phones.filter((p) => p.view === null)).toEqual([]);
    for (const phone of phones) phone.vote('r1', 0);
    await facilitator.until(() => facilitator.tally?.counts[0] === 30);
    expect(facilitator.tally?.counts[1]).toBeLessThanOrEqual(DEFAULT_GUARDS.newTokensPerAddress.burst);
  });

  it('2: hosts with random secrets cannot keep a new facilitator out', async () => {
    const relay = await start({ sweepEveryMs: null });
    const hosted: string[] = [];
    const tryHost = async (address: string) => {
      const ws = await rawSocket(relay.url, address);
      if (!ws) return;
      open.push({ close: () => ws.terminate() });
      const replies = await exchange(ws, [{ t: 'host', secret: randomBytes(24).toString('hex'), lang: 'en' }], 300);
      if (replies.some((r) => r.includes('"t":"room"'))) hosted.push(address);
    };
    // Twenty from one address: two rooms.
    await Promise.all(Array.from({ length: 20 }, () => tryHost('127.0.9.3')));
    expect(hosted.length).toBe(DEFAULT_GUARDS.roomsPerAddress);
    // Then from twenty addresses: the relay fills to its cap of 20 rooms.
    await Promise.all(Array.from({ length: 20 }, (_, i) => tryHost(`127.0.1.${i + 1}`)));
    expect(relay.stats().rooms).toBe(20);
    // The facilitator on the laptop still gets a room, and phones can join it.
    const facilitator = await hostRoom(relay.url);
    expect(facilitator.room?.resumed).toBe(false);
    const phone = await Phone.join(relay.url, facilitator.code);
    open.push(phone);
    expect(phone.view).not.toBeNull();
    expect(relay.stats().rooms).toBe(20);
  });

  it('3: guessing codes from many addresses gets under 20 answers a second, and returning phones still get in', async () => {
    const relay = await start({ sweepEveryMs: null });
    const facilitator = await hostRoom(relay.url);
    const phone = await Phone.join(relay.url, facilitator.code);
    const token = phone.token;
    phone.drop();
    let answered = 0;
    let busy = 0;
    const started = Date.now();
    const seconds = 3;
    let addressIndex = 0;
    const guesser = async () => {
      while (Date.now() - started < seconds * 1000) {
        addressIndex += 1;
        const ws = await rawSocket(relay.url, `127.0.2.${(addressIndex % 200) + 1}`);
        if (!ws) continue;
        const frames = Array.from({ length: 5 }, () => ({ t: 'join', room: randomCode() }));
        const replies = await exchange(ws, frames, 300);
        answered += replies.filter((r) => r.includes('unknown-room')).length;
        busy += replies.filter((r) => r.includes('"busy"')).length;
        ws.terminate();
      }
    };
    const guessing = Promise.all(Array.from({ length: 20 }, guesser));
    await new Promise((done) => setTimeout(done, 1000));
    // Mid-attack: the phone that was in the room comes back with its token.
    const back = await Phone.join(relay.url, facilitator.code, token);
    open.push(back);
    expect(back.view?.token).toBe(token);
    await guessing;
    const elapsed = (Date.now() - started) / 1000;
    console.log(
      `guessing: ${answered} codes answered in ${elapsed.toFixed(1)} s (${(answered / elapsed).toFixed(1)}/s), ${busy} refused as busy`,
    );
    expect(busy).toBeGreaterThan(0);
    expect(answered / elapsed).toBeLessThan(20);
  });

  it('4: 300 connections on one token are refused past the limit; everyone else’s vote→tally p99 stays near what it is without the flood', async () => {
    const relay = await start({ sweepEveryMs: null });
    const facilitator = await hostRoom(relay.url);
    facilitator.relay.openRound({ roundId: 'r1', prompt: 'Which?', options: OPTIONS });
    const first = await Phone.join(relay.url, facilitator.code);
    open.push(first);
    const token = first.token;
    // The token, shared by a script over 30 addresses, 10 connections each.
    const attempts = await Promise.all(
      Array.from({ length: 300 }, (_, i) => Phone.join(relay.url, facilitator.code, token, { localAddress: `127.0.3.${(i % 30) + 1}` })),
    );
    open.push(...attempts);
    const accepted = attempts.filter((p) => p.view !== null);
    expect(accepted.length + 1).toBeLessThanOrEqual(DEFAULT_GUARDS.linksPerPhone);
    expect(attempts.filter((p) => p.errors.includes('too-many-connections')).length).toBeGreaterThan(0);

    const honest: Phone[] = [];
    for (let i = 0; i < 30; i++) honest.push(await Phone.join(relay.url, facilitator.code));
    open.push(...honest);
    const mine = new Map<Phone, number>();
    /** Every honest phone changes its vote once; the time from each vote to the facilitator's tally. */
    const voteRound = async (): Promise<number[]> => {
      const latencies: number[] = [];
      for (const phone of honest) {
        const index = mine.get(phone) === 0 ? 2 : 0;
        const before = facilitator.tally?.counts ?? [0, 0, 0];
        const expected = [...before];
        const previous = mine.get(phone);
        if (previous !== undefined) expected[previous]! -= 1;
        expected[index]! += 1;
        const sent = performance.now();
        phone.vote('r1', index);
        await facilitator.until(() => facilitator.tally?.counts[0] === expected[0] && facilitator.tally?.counts[2] === expected[2]);
        latencies.push(performance.now() - sent);
        mine.set(phone, index);
      }
      return latencies;
    };
    // The same relay without the flood, in the same run: a loaded machine slows both alike.
    const calm = [...(await voteRound()), ...(await voteRound())];

    // The accepted links vote all the time (as fast as their rate allows) while the 30 others vote.
    let flooding = true;
    const flood = (async () => {
      while (flooding) {
        for (const p of [first, ...accepted]) if (!p.closed) p.vote('r1', 1);
        await new Promise((done) => setTimeout(done, 5));
      }
    })();
    const latencies: number[] = [];
    for (let round = 0; round < 4; round++) latencies.push(...(await voteRound()));
    flooding = false;
    await flood;
    console.log(
      `vote→tally under a one-token flood: p99 ${p99(latencies).toFixed(1)} ms over ${latencies.length} votes (without it: ${p99(calm).toFixed(1)} ms)`,
    );
    // Every honest vote was counted (the waits above), and the flood costs them little: at most
    // five times the calm p99, or 50 ms on a machine where that is less.
    expect(p99(latencies)).toBeLessThan(Math.max(50, 5 * p99(calm)));
  });

  it('5: 40,000 ended rooms cost no event-loop stall over 50 ms', async () => {
    const registry = new RoomRegistry({
      clock: { now: () => Date.now() },
      maxRooms: 50_000,
      maxPhones: 300,
      maxLinksPerPhone: 4,
      maxRoomsPerAddress: 50_000,
      idleMs: 3 * 60 * 60 * 1000,
      joinUrlFor: (code) => `http://127.0.0.1/join?room=${code}`,
      store: memoryOnly,
      isLocal: () => false,
    });
    const churn = monitorEventLoopDelay({ resolution: 5 });
    churn.enable();
    // As a script would: a room, then ended, forty thousand times, twenty per turn (each
    // takes a connection and a handshake of its own, so the relay sees them spread out).
    const codes: string[] = [];
    let slowestTurnCpuMs = 0;
    for (let batch = 0; batch < 2000; batch++) {
      const cpu = process.cpuUsage();
      for (let i = 0; i < 20; i++) {
        const hosted = registry.host(`attack-secret-${batch}-${i}-0123456789abcdef`, 'en', `10.${batch % 250}.${batch >> 8}.${i}`);
        if ('error' in hosted) throw new Error(hosted.error);
        codes.push(hosted.room.code);
        hosted.room.end();
      }
      const used = process.cpuUsage(cpu);
      slowestTurnCpuMs = Math.max(slowestTurnCpuMs, (used.user + used.system) / 1000);
      await new Promise((done) => setImmediate(done));
    }
    churn.disable();
    expect(registry.live()).toBe(0);

    // With the 40,000 behind it, the relay's housekeeping and new rooms, measured for a second:
    // what used to scan every secret per room (10.7 s frozen) is now lookups by key. The event
    // loop's own delay is logged too; on a machine shared by many processes it also counts the
    // time the operating system gives to others, so the bound is on what our code holds it for.
    const after = monitorEventLoopDelay({ resolution: 5 });
    after.enable();
    const started = Date.now();
    let worstBlockMs = 0;
    for (let n = 0; Date.now() - started < 1000; n++) {
      const blockStarted = performance.now();
      registry.sweep();
      const hosted = registry.host(`${SECRET}-after-${n}`, 'en', '10.255.0.1');
      if ('error' in hosted) throw new Error(hosted.error);
      for (const code of codes.slice(-100)) registry.lookup(code);
      hosted.room.end();
      worstBlockMs = Math.max(worstBlockMs, performance.now() - blockStarted);
      await new Promise((done) => setTimeout(done, 10));
    }
    after.disable();
    console.log(
      `40,000 ended rooms: housekeeping holds the loop ${worstBlockMs.toFixed(2)} ms at worst; event-loop delay after them ` +
        `max ${(after.max / 1e6).toFixed(1)} ms, p50 ${(after.percentile(50) / 1e6).toFixed(1)} ms; while making and ending them ` +
        `${(churn.max / 1e6).toFixed(1)} ms wall, slowest turn ${slowestTurnCpuMs.toFixed(1)} ms CPU`,
    );
    expect(worstBlockMs).toBeLessThan(50);
    expect(after.percentile(50) / 1e6).toBeLessThan(50);
    expect(slowestTurnCpuMs).toBeLessThan(50);
    // The newest ended codes still answer "ended"; the oldest are forgotten (memory stays bounded).
    expect(registry.lookup(codes.at(-1)!)).toBe('ended');
    expect(registry.lookup(codes[0]!)).toBeUndefined();
  });

  it('5b: a room the facilitator ends is gone at once, and says "ended" to a phone that comes back', async () => {
    const relay = await start({ sweepEveryMs: null });
    const facilitator = await hostRoom(relay.url);
    const phone = await Phone.join(relay.url, facilitator.code);
    open.push(phone);
    facilitator.relay.end();
    await phone.until(() => phone.ended);
    expect(relay.stats().rooms).toBe(0);
    const late = await Phone.join(relay.url, facilitator.code);
    open.push(late);
    expect(late.ended).toBe(true);
  });

  it('6: 2,000 connections that never join are dropped, and phones still join', async () => {
    const joinTimeoutMs = 1500;
    const relay = await start({ sweepEveryMs: null, guards: { joinTimeoutMs } });
    const facilitator = await hostRoom(relay.url);
    const started = Date.now();
    let live = 0;
    let peak = 0;
    const idle = await Promise.all(
      Array.from({ length: 2000 }, async (_, i) => {
        const ws = await rawSocket(relay.url, `127.0.4.${(i % 20) + 1}`);
        if (!ws) return null;
        live += 1;
        peak = Math.max(peak, live);
        ws.once('close', () => (live -= 1));
        return ws;
      }),
    );
    const opened = idle.filter((ws): ws is WebSocket => ws !== null);
    open.push(...opened.map((ws) => ({ close: () => ws.terminate() })));
    // At most ten per address are ever waiting at once; the others are dropped before the handshake.
    expect(peak).toBeLessThanOrEqual(20 * DEFAULT_GUARDS.pendingPerAddress);
    expect(opened.length).toBeLessThan(2000);
    const phone = await Phone.join(relay.url, facilitator.code);
    open.push(phone);
    expect(phone.view).not.toBeNull();
    await Promise.all(
      opened.map((ws) => new Promise((done) => (ws.readyState === WebSocket.CLOSED ? done(null) : ws.once('close', done)))),
    );
    const droppedAfter = Date.now() - started;
    console.log(
      `2,000 idle connections: ${opened.length} reached the handshake, at most ${peak} at once, all dropped after ${droppedAfter} ms`,
    );
    expect(droppedAfter).toBeLessThan(60_000);
    // The relay's side has let go of them too: only the facilitator and the phone are left.
    await until(() => relay.stats().connections === 2, joinTimeoutMs * 2);
    // Still serving: another phone joins after the storm.
    const after = await Phone.join(relay.url, facilitator.code);
    open.push(after);
    expect(after.view).not.toBeNull();
  });

  it('6b: no Origin, a foreign Origin or a forged Host is refused', async () => {
    const relay = await start({ sweepEveryMs: null });
    const own = pageHeaders(relay.url).headers.Origin!;
    const host = new URL(relay.url).host;
    expect(await rawSocket(relay.url, '127.0.9.5', {})).toBeNull();
    expect(await rawSocket(relay.url, '127.0.9.5', { Origin: 'http://evil.example' })).toBeNull();
    expect(await rawSocket(relay.url, '127.0.9.5', { Origin: 'http://evil.example', Host: 'evil.example' })).toBeNull();
    expect(await rawSocket(relay.url, '127.0.9.5', { Origin: own, Host: `rebound.example:${new URL(relay.url).port}` })).toBeNull();
    const ok = await rawSocket(relay.url, '127.0.9.5', { Origin: `http://localhost:${new URL(relay.url).port}`, Host: host });
    expect(ok).not.toBeNull();
    ok?.terminate();
  });
});
