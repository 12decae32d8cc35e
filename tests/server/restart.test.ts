// `npm run workshop`'s relay killed without warning (SIGKILL, like a crash) or stopped with
// Ctrl+C (SIGINT) in the middle of a vote with 30 phones, then started again: the room comes back with the same code, every vote
// the facilitator had seen counted is still counted, and phones (the real phone client, with
// the token it keeps) and the facilitator rejoin by themselves.
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { afterEach, expect, it } from 'vitest';
import { Facilitator, freePort, SECRET } from './helpers.ts';
import { countsOf, phonePagesAt, restVote, SimPhone, waitFor } from './sim-phone.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const OPTIONS = [0, 1, 2].map((index) => ({ index, text: `Option ${index}` }));

const children: ChildProcess[] = [];
afterEach(() => {
  for (const child of children.splice(0)) child.kill('SIGKILL');
});

/** The CLI in a process of its own, listening on loopback with its rooms in `roomsDir`. */
async function startCli(port: number, roomsDir: string, distDir: string): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/server/workshop-cli.ts'], {
    cwd: ROOT,
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', ROOMS_DIR: roomsDir, DIST_DIR: distDir },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  children.push(child);
  const lines = createInterface({ input: child.stdout! });
  await new Promise<void>((done, fail) => {
    lines.on('line', (line) => (line.includes(`localhost:${port}`) ? done() : undefined));
    child.once('exit', (code) => fail(new Error(`the relay exited (${code})`)));
  });
  return child;
}

it.each([
  ['killed (SIGKILL)', 'SIGKILL'],
  ['stopped with Ctrl+C (SIGINT)', 'SIGINT'],
] as const)('resumes the room of a relay %s with the same code, its votes, and its phones', async (_how, signal) => {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const work = mkdtempSync(join(tmpdir(), 'dichtbij-restart-'));
  const roomsDir = join(work, 'rooms');
  const distDir = join(work, 'dist');
  mkdirSync(distDir);
  writeFileSync(join(distDir, 'index.html'), '<!doctype html><title>game</title>');

  const restoreWebSocket = phonePagesAt(url);
  const phones: SimPhone[] = [];
  try {
    let relay = await startCli(port, roomsDir, distDir);
    const facilitator = await Facilitator.connect(url, SECRET);
    const code = facilitator.code;
    facilitator.relay.openRound({ roundId: 'r1', prompt: 'Which?', options: OPTIONS });
    for (let i = 0; i < 30; i++) phones.push(new SimPhone(url, code));
    await facilitator.until(() => facilitator.participants === 30);
    await Promise.all(phones.map((p) => waitFor(() => p.view?.round?.phase === 'open')));

    // Mid-vote: twenty have voted, ten have not yet.
    const votes = new Map<number, number>();
    for (let i = 0; i < 20; i++) {
      votes.set(i, i % 3);
      phones[i]!.connection.vote('r1', i % 3);
    }
    const counted = countsOf(votes);
    await facilitator.tallyReaches('r1', counted);
    const tokens = phones.map((p) => p.view?.token);

    relay.kill(signal);
    await new Promise((done) => relay.once('exit', done));
    expect(readdirSync(roomsDir)).toEqual([`${code}.json`]);
    await waitFor(() => phones.every((p) => p.statuses.at(-1) === 'lost'));
    relay = await startCli(port, roomsDir, distDir);

    // The facilitator's client and every phone come back by themselves, to the same room.
    await facilitator.until(() => facilitator.relay.status === 'open' && facilitator.room?.resumed === true);
    expect(facilitator.code).toBe(code);
    await facilitator.tallyReaches('r1', counted);
    await waitFor(() => phones.every((p) => p.statuses.at(-1) === 'open'), 15_000);
    expect(phones.map((p) => p.view?.token)).toEqual(tokens);
    for (const [i, index] of votes) expect(phones[i]!.view?.round?.myVote).toBe(index);
    // Never "no such room" or "ended" for a room that was only restarting.
    for (const phone of phones) expect(phone.statuses.filter((s) => s !== 'lost' && s !== 'open')).toEqual([]);
    await facilitator.until(() => facilitator.participants === 30);

    // The vote goes on: the other ten vote, and all thirty are counted once.
    await restVote(facilitator, phones, votes, 20);
    expect(facilitator.tally?.voters).toBe(30);

    // Ending the room deletes what was kept of it.
    facilitator.relay.end();
    await waitFor(() => phones.every((p) => p.statuses.at(-1) === 'ended'));
    await waitFor(() => readdirSync(roomsDir).length === 0);
  } finally {
    for (const phone of phones) phone.connection.close();
    restoreWebSocket();
  }
});
