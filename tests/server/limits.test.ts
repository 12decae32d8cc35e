// The relay's fences: room and phone caps, frame sizes, vote rate limits, idle expiry (on
// an injected clock), unknown codes, and static files that never leave dist/.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { resolveStatic, withRelayInPolicy } from '../../src/server/static-files.ts';
import { Facilitator, manualClock, Phone, pageHeaders, relayPerTest, SECRET, wsUrl } from './helpers.ts';

const { start, open } = relayPerTest();

const OPTIONS = [
  { index: 0, text: 'A' },
  { index: 1, text: 'B' },
];

async function hostRoom(url: string, secret = SECRET): Promise<Facilitator> {
  const facilitator = await Facilitator.connect(url, secret);
  open.push({ close: () => facilitator.relay.disconnect() });
  return facilitator;
}

/** A raw GET with the path exactly as written (fetch would normalize `..` away). */
function rawGet(url: string, path: string): Promise<{ status: number; type: string; body: string }> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const req = request({ hostname, port, path, method: 'GET' }, (res) => {
      let body = '';
      res.on('data', (chunk) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, type: String(res.headers['content-type']), body }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('relay limits', () => {
  it('caps a room’s phones, but always lets a known phone back in', async () => {
    const relay = await start({ sweepEveryMs: null, maxPhones: 3 });
    const facilitator = await hostRoom(relay.url);
    const phones = [];
    for (let i = 0; i < 3; i++) phones.push(await Phone.join(relay.url, facilitator.code));
    open.push(...phones);
    const fourth = await Phone.join(relay.url, facilitator.code);
    open.push(fourth);
    expect(fourth.errors).toEqual(['room-full']);
    expect(fourth.view).toBeNull();
    const token = phones[0]!.token;
    phones[0]!.drop();
    const back = await Phone.join(relay.url, facilitator.code, token);
    open.push(back);
    expect(back.view?.token).toBe(token);
  });

  it('takes 200 answers a question, tells the next phone and the facilitator (once), and starts afresh with a new question', async () => {
    const relay = await start({ sweepEveryMs: null });
    const facilitator = await hostRoom(relay.url);
    const phones: Phone[] = [];
    for (let i = 0; i < 202; i++) phones.push(await Phone.join(relay.url, facilitator.code));
    open.push(...phones);
    const answer = (phone: Phone, questionId: string, text: string) => phone.send({ t: 'answer', questionId, text });
    const first = facilitator.relay.askQuestion('What did you notice?');
    await Promise.all(phones.map((p) => p.until(() => p.view?.question?.questionId === first)));
    for (const [i, phone] of phones.slice(0, 200).entries()) answer(phone, first, `Answer ${i + 1}`);
    await facilitator.until(() => facilitator.answers.length === 200);
    for (const late of phones.slice(200)) {
      answer(late, first, 'One too many');
      await late.until(() => late.errors.includes('answers-full'));
    }
    await facilitator.until(() => facilitator.errors.includes('answers-full'));
    // Every phone past the cap is told; the facilitator hears it once, not per phone.
    await new Promise((done) => setTimeout(done, 100));
    expect(facilitator.errors.filter((e) => e === 'answers-full')).toEqual(['answers-full']);
    expect(facilitator.answers.map((a) => a.text)).not.toContain('One too many');

    // The cap is per question, not per session: the next question takes answers again.
    const second = facilitator.relay.askQuestion('And now?');
    const late = phones[201]!;
    await late.until(() => late.view?.question?.questionId === second);
    answer(late, second, 'Heard this time');
    await facilitator.until(() => facilitator.answers.some((a) => a.questionId === second && a.text === 'Heard this time'));
  });

  it('caps the number of rooms', async () => {
    const relay = await start({ sweepEveryMs: null, maxRooms: 2 });
    await hostRoom(relay.url, `${SECRET}-1`);
    await hostRoom(relay.url, `${SECRET}-2`);
    const third = new Facilitator(relay.url, `${SECRET}-3`);
    open.push({ close: () => third.relay.disconnect() });
    await third.until(() => third.errors.length > 0);
    expect(third.errors[0]).toBe('too-many-rooms');
    expect(third.room).toBeNull();
  });

  it('at the room cap, lets a room nobody is in make way after a minute', async () => {
    const clock = manualClock();
    const relay = await start({ clock, sweepEveryMs: null, maxRooms: 2 });
    const stray = await hostRoom(relay.url, `${SECRET}-1`);
    await hostRoom(relay.url, `${SECRET}-2`);
    stray.relay.disconnect();
    const early = new Facilitator(relay.url, `${SECRET}-3`);
    open.push({ close: () => early.relay.disconnect() });
    await early.until(() => early.errors.includes('too-many-rooms'));
    clock.advance(61_000);
    const late = await hostRoom(relay.url, `${SECRET}-3`);
    expect(late.room?.resumed).toBe(false);
    expect(relay.stats().rooms).toBe(2);
    // The stray room is gone: its code no longer admits phones, which hear it has ended.
    const phone = await Phone.join(relay.url, stray.code);
    open.push(phone);
    expect(phone.ended).toBe(true);
    expect(phone.view).toBeNull();
  });

  it('refuses frames over the size limit and hangs up on huge ones', async () => {
    const relay = await start({ sweepEveryMs: null });
    const facilitator = await hostRoom(relay.url);
    const phone = await Phone.join(relay.url, facilitator.code);
    open.push(phone);
    phone.send({ t: 'vote', roundId: 'x'.repeat(2000), index: 0 });
    await phone.until(() => phone.errors.includes('too-big'));
    const raw = new WebSocket(wsUrl(relay.url), pageHeaders(relay.url));
    await new Promise((resolve) => raw.once('open', resolve));
    const closed = new Promise<number>((resolve) => raw.once('close', (code) => resolve(code)));
    raw.send('x'.repeat(64 * 1024));
    expect(await closed).toBe(1009);
    // The phone is still served.
    facilitator.relay.openRound({ roundId: 'r1', prompt: 'Still there?', options: OPTIONS });
    await phone.voteAndWait('r1', 1);
  });

  it('rate-limits votes per phone without losing the one that counts', async () => {
    const clock = manualClock();
    const relay = await start({ clock, sweepEveryMs: null, phoneRate: { burst: 5, perSecond: 2 } });
    const facilitator = await hostRoom(relay.url);
    const phone = await Phone.join(relay.url, facilitator.code);
    open.push(phone);
    facilitator.relay.openRound({ roundId: 'r1', prompt: 'Which?', options: OPTIONS });
    await phone.until(() => phone.view?.round?.phase === 'open');
    for (let i = 0; i < 20; i++) phone.vote('r1', i % 2);
    await phone.until(() => phone.errors.filter((e) => e === 'rate-limited').length === 16);
    // One join and four votes got through; the last of them (index 1) stands.
    expect(phone.view?.round?.myVote).toBe(1);
    await facilitator.tallyReaches('r1', [0, 1]);
    clock.advance(2000);
    await phone.voteAndWait('r1', 0);
    await facilitator.tallyReaches('r1', [1, 0]);
  });

  it('ends a room left idle, and a new host gets a fresh one', async () => {
    const clock = manualClock();
    const relay = await start({ clock, sweepEveryMs: null, idleMs: 60_000 });
    const facilitator = await hostRoom(relay.url);
    const code = facilitator.code;
    const phone = await Phone.join(relay.url, code);
    open.push(phone);
    clock.advance(59_000);
    relay.sweep();
    expect(relay.stats().rooms).toBe(1);
    clock.advance(2_000);
    relay.sweep();
    await phone.until(() => phone.ended && phone.closed);
    expect(relay.stats().rooms).toBe(0);
    const late = await Phone.join(relay.url, code);
    open.push(late);
    expect(late.ended).toBe(true);
    expect(late.view).toBeNull();
    // The facilitator's client reconnects with its secret and is given a new room.
    await facilitator.until(() => facilitator.room?.code !== code && facilitator.room !== null);
    expect(facilitator.room?.resumed).toBe(false);
  });

  it('drops a phone that stops answering pings, and keeps its vote for when it is back', async () => {
    const relay = await start({ sweepEveryMs: 50 });
    const facilitator = await hostRoom(relay.url);
    facilitator.relay.openRound({ roundId: 'r1', prompt: 'Which?', options: OPTIONS });
    const silent = new Phone(relay.url, { autoPong: false });
    open.push(silent);
    await silent.opened();
    silent.send({ t: 'join', room: facilitator.code });
    await silent.voteAndWait('r1', 1);
    await silent.until(() => silent.closed);
    await facilitator.until(() => facilitator.participants === 0);
    const back = await Phone.join(relay.url, facilitator.code, silent.token);
    open.push(back);
    expect(back.view?.round?.myVote).toBe(1);
    await facilitator.tallyReaches('r1', [0, 1]);
  });

  it('hangs up on a connection that keeps guessing room codes', async () => {
    const relay = await start({ sweepEveryMs: null });
    const guesser = new Phone(relay.url);
    open.push(guesser);
    await guesser.opened();
    for (const code of ['BBBBBB', 'CCCCCC', 'DDDDDD', 'FFFFFF', 'GGGGGG', 'HHHHHH']) guesser.send({ t: 'join', room: code });
    await guesser.until(() => guesser.closed);
    expect(guesser.errors.filter((e) => e === 'unknown-room').length).toBe(5);
  });

  it('refuses a page from another origin', async () => {
    const relay = await start({ sweepEveryMs: null });
    const foreign = new WebSocket(wsUrl(relay.url), { headers: { Origin: 'http://evil.example' } });
    const outcome = await new Promise<string>((resolve) => {
      foreign.once('open', () => resolve('open'));
      foreign.once('error', () => resolve('refused'));
    });
    expect(outcome).toBe('refused');
  });
});

describe('static files', () => {
  const root = mkdtempSync(join(tmpdir(), 'dichtbij-dist-'));
  const policy = 'default-src &#39;self&#39;; connect-src &#39;self&#39;; object-src &#39;none&#39;';
  writeFileSync(
    join(root, 'index.html'),
    `<!doctype html><meta http-equiv="Content-Security-Policy" content="${policy}"><title>game</title>`,
  );
  writeFileSync(join(root, 'join.html'), '<!doctype html><title>join</title>');
  writeFileSync(join(root, 'app.js'), 'export {}');
  writeFileSync(join(root, 'font.woff2'), 'w');

  it('serves the game and the phone page with their MIME types', async () => {
    const relay = await start({ sweepEveryMs: null, staticDir: root });
    expect(await rawGet(relay.url, '/')).toMatchObject({
      status: 200,
      type: 'text/html; charset=utf-8',
      body: expect.stringContaining('game'),
    });
    expect(await rawGet(relay.url, '/?view=audience')).toMatchObject({ status: 200, body: expect.stringContaining('game') });
    expect(await rawGet(relay.url, '/join?room=BCDFGH')).toMatchObject({ status: 200, body: expect.stringContaining('join') });
    expect(await rawGet(relay.url, '/app.js')).toMatchObject({ status: 200, type: 'text/javascript; charset=utf-8' });
    expect(await rawGet(relay.url, '/font.woff2')).toMatchObject({ status: 200, type: 'font/woff2' });
    expect(await rawGet(relay.url, '/relay-info')).toMatchObject({ status: 200, body: '{"relay":true,"version":1}' });
    expect((await rawGet(relay.url, '/missing.js')).status).toBe(404);
  });

  it('names its own ws:// address in the pages’ CSP for older Safari, and nothing else', async () => {
    const relay = await start({ sweepEveryMs: null, staticDir: root });
    const page = await rawGet(relay.url, '/');
    const host = new URL(relay.url).host;
    expect(page.body).toContain(`connect-src &#39;self&#39; ws://${host} wss://${host}; object-src &#39;none&#39;`);
    expect(withRelayInPolicy("connect-src 'self'; img-src 'self'", 'phone.local:8377')).toBe(
      "connect-src 'self' ws://phone.local:8377 wss://phone.local:8377; img-src 'self'",
    );
    for (const hostile of ["evil.example; script-src 'unsafe-inline'", 'a b', '"><script>', '']) {
      expect(withRelayInPolicy("connect-src 'self'", hostile)).toBe("connect-src 'self'");
    }
  });

  it('refuses every way out of the folder', async () => {
    const relay = await start({ sweepEveryMs: null, staticDir: join(root) });
    for (const path of [
      '/../package.json',
      '/..%2f..%2fetc%2fpasswd',
      '/%2e%2e/%2e%2e/etc/passwd',
      '/..\\..\\etc\\passwd',
      '/%00index.html',
      '/%E0%A4%A',
    ]) {
      const response = await rawGet(relay.url, path);
      expect([400, 404], path).toContain(response.status);
      expect(response.body).not.toContain('root:');
    }
    for (const path of ['/../../etc/passwd', '/a/%2e%2e/%2e%2e/%2e%2e/etc/passwd', '/..%2f..%2fetc/passwd', '/x/..%2f..%2f..%2f']) {
      const resolved = resolveStatic(root, path);
      if ('file' in resolved) expect(resolved.file.startsWith(root + sep), path).toBe(true);
    }
    expect(resolveStatic(root, '/..%2f..%2fetc/passwd')).toEqual({ status: 404 });
  });
});
