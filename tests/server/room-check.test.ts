// The self-check in the room over real sockets: only the facilitator opens a moment, each
// phone's answers count once (answering again replaces them), and the facilitator receives
// counts only, never who answered what. A relay stopped and started again keeps them.
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { FileRoomStore } from '../../src/server/room-store.ts';
import type { RoomCheckCounts } from '../../src/workshop/room-check.ts';
import { Facilitator, Phone, relayPerTest, SECRET } from './helpers.ts';

const { start, open } = relayPerTest();

/** The facilitator's counts arrive by their own event: wait for them by polling. */
async function waitFor(check: () => boolean): Promise<void> {
  while (!check()) await new Promise((resolve) => setTimeout(resolve, 5));
}

it('counts each phone once per moment, for the facilitator only, and only while the moment is open', async () => {
  const relay = await start({ sweepEveryMs: null });
  const facilitator = await Facilitator.connect(relay.url, SECRET);
  open.push({ close: () => facilitator.relay.disconnect() });
  const counts: ({ moment: string } & RoomCheckCounts)[] = [];
  facilitator.relay.on('check-counts', (c) => counts.push(c));
  const phones: Phone[] = [];
  for (let i = 0; i < 5; i++) phones.push(await Phone.join(relay.url, facilitator.code));
  for (const phone of phones) open.push(phone);
  const [first] = phones;
  if (!first) throw new Error('no phone');

  // Closed: refused, and a phone cannot open it.
  first.send({ t: 'check', moment: 'start', answers: { silence: 'mostly' } });
  await first.until(() => first.errors.includes('no-check'));
  first.send({ t: 'check-open', moment: 'start' });
  await first.until(() => first.errors.includes('bad-message'));

  facilitator.relay.openCheck('start');
  await Promise.all(phones.map((p) => p.until(() => p.view?.check?.moment === 'start' && p.view.check.answered === false)));
  const levels = ['a-little', 'mostly', 'mostly', 'completely', 'partly'] as const;
  for (const [i, phone] of phones.entries()) {
    phone.send({ t: 'check', moment: 'start', answers: { protection: levels[i], silence: 'a-little' } });
    await phone.until(() => phone.view?.check?.answered === true);
  }
  // The first phone changes its mind: its answers are replaced, not added.
  first.send({ t: 'check', moment: 'start', answers: { protection: 'not-at-all' } });
  await waitFor(() => counts.at(-1)?.items.protection[0] === 1);
  const last = counts.at(-1);
  expect(last).toEqual({
    moment: 'start',
    respondents: 5,
    items: {
      protection: [1, 0, 1, 2, 1],
      silence: [0, 4, 0, 0, 0],
      present: [0, 0, 0, 0, 0],
      limit: [0, 0, 0, 0, 0],
      support: [0, 0, 0, 0, 0],
    },
  });
  expect(JSON.stringify(counts)).not.toContain(first.token);

  // The end moment is separate; the start one can no longer be answered.
  facilitator.relay.openCheck('end');
  await first.until(() => first.view?.check?.moment === 'end');
  first.send({ t: 'check', moment: 'start', answers: { limit: 'mostly' } });
  await first.until(() => first.errors.filter((e) => e === 'no-check').length === 2);
  first.send({ t: 'check', moment: 'end', answers: { limit: 'mostly' } });
  await waitFor(() => counts.at(-1)?.moment === 'end' && counts.at(-1)?.respondents === 1);
  facilitator.relay.closeCheck();
  await first.until(() => first.view?.check === null);
});

it('keeps the answers through a restart of the relay: the facilitator gets the same counts back', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'dichtbij-check-rooms-'));
  const first = await start({ sweepEveryMs: null, store: new FileRoomStore(dir) });
  const facilitator = await Facilitator.connect(first.url, SECRET);
  const counts: ({ moment: string } & RoomCheckCounts)[] = [];
  facilitator.relay.on('check-counts', (c) => counts.push(c));
  facilitator.relay.openCheck('start');
  const phones: Phone[] = [];
  for (let i = 0; i < 5; i++) {
    const phone = await Phone.join(first.url, facilitator.code);
    open.push(phone);
    await phone.until(() => phone.view?.check?.moment === 'start');
    phone.send({ t: 'check', moment: 'start', answers: { support: i < 3 ? 'mostly' : 'partly' } });
    phones.push(phone);
  }
  await waitFor(() => counts.at(-1)?.respondents === 5);
  const before = counts.at(-1);
  facilitator.relay.disconnect();
  await first.stop();
  // What was kept: each token's answers (on the relay only), no names, no times but the room's.
  const [file] = readdirSync(dir);
  expect(JSON.parse(readFileSync(join(dir, file ?? ''), 'utf8')).check).toMatchObject({ open: 'start' });

  const second = await start({ sweepEveryMs: null, store: new FileRoomStore(dir), port: first.port });
  // Listening before the room answers: the counts follow the room's first message.
  const back = new Facilitator(second.url, SECRET);
  open.push({ close: () => back.relay.disconnect() });
  const again: ({ moment: string } & RoomCheckCounts)[] = [];
  back.relay.on('check-counts', (c) => again.push(c));
  await waitFor(() => again.length > 0);
  expect(back.room?.code).toBe(facilitator.code);
  // Still asking the start: the facilitator's page learns it from the room.
  expect(back.room?.check).toBe('start');
  expect(again.at(-1)).toEqual(before);
  expect(before?.items.support).toEqual([0, 0, 2, 3, 0]);
});
