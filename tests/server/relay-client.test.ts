// The facilitator's client against a real relay: commands wait for the connection, a
// restarted relay is reconnected to (with a new room), and a second tab with the same
// secret takes over without the two fighting.
import { describe, expect, it } from 'vitest';
import { lanAddresses } from '../../src/server/lan.ts';
import { loadOrCreateSecret } from '../../src/workshop/relay-client.ts';
import { Facilitator, Phone, relayPerTest, SECRET } from './helpers.ts';

const { start, open } = relayPerTest();

const OPTIONS = [
  { index: 0, text: 'A' },
  { index: 1, text: 'B' },
];

describe('the facilitator client', () => {
  it('sends commands given before the connection is up, in order, once it is', async () => {
    const relay = await start({ sweepEveryMs: null });
    const facilitator = new Facilitator(relay.url, SECRET);
    open.push({ close: () => facilitator.relay.disconnect() });
    expect(facilitator.relay.status).toBe('connecting');
    facilitator.relay.openRound({ roundId: 'r1', prompt: 'Early', options: OPTIONS });
    facilitator.relay.closeRound();
    await facilitator.until(() => facilitator.relay.status === 'open');
    const phone = await Phone.join(relay.url, facilitator.code);
    open.push(phone);
    await phone.until(() => phone.view?.round?.phase === 'closed');
    expect(phone.view?.round?.prompt).toBe('Early');
  });

  it('reconnects to a restarted relay, which makes a new room, and delivers what was said meanwhile', async () => {
    let relay = await start({ sweepEveryMs: null });
    const port = relay.port;
    const facilitator = await Facilitator.connect(relay.url, SECRET);
    open.push({ close: () => facilitator.relay.disconnect() });
    const firstCode = facilitator.code;
    await relay.close();
    await facilitator.until(() => facilitator.relay.status === 'lost');
    facilitator.relay.openRound({ roundId: 'r2', prompt: 'After the restart', options: OPTIONS });
    relay = await start({ sweepEveryMs: null, port });
    await facilitator.until(() => facilitator.relay.status === 'open' && facilitator.code !== firstCode);
    expect(facilitator.room?.resumed).toBe(false);
    const phone = await Phone.join(relay.url, facilitator.code);
    open.push(phone);
    expect(phone.view?.round?.prompt).toBe('After the restart');
  });

  it('hands the room to a second tab with the same secret; the first stops', async () => {
    const relay = await start({ sweepEveryMs: null });
    const first = await Facilitator.connect(relay.url, SECRET);
    const second = await Facilitator.connect(relay.url, SECRET);
    open.push({ close: () => first.relay.disconnect() }, { close: () => second.relay.disconnect() });
    expect(second.room?.resumed).toBe(true);
    expect(second.code).toBe(first.code);
    await first.until(() => first.errors.includes('replaced'));
    expect(first.relay.status).toBe('lost');
    second.relay.openRound({ roundId: 'r1', prompt: 'Mine now', options: OPTIONS });
    const phone = await Phone.join(relay.url, second.code);
    open.push(phone);
    await phone.voteAndWait('r1', 0);
    await second.tallyReaches('r1', [1, 0]);
    expect(second.relay.status).toBe('open');
  });

  it('ends the room even when end() comes before the connection is up', async () => {
    const relay = await start({ sweepEveryMs: null });
    const facilitator = new Facilitator(relay.url, SECRET);
    open.push({ close: () => facilitator.relay.disconnect() });
    facilitator.relay.end();
    await facilitator.until(() => facilitator.relay.status === 'ended');
    expect(relay.stats().rooms).toBe(0);
  });

  it('keeps the secret in the tab, and makes a new one when what is kept is not a secret', () => {
    const store = new Map<string, string>();
    const storage = { getItem: (k: string) => store.get(k) ?? null, setItem: (k: string, v: string) => void store.set(k, v) };
    const secret = loadOrCreateSecret(storage);
    expect(secret).toMatch(/^[0-9a-f]{48}$/);
    expect(loadOrCreateSecret(storage)).toBe(secret);
    store.set('dichtbij-workshop-secret', 'short');
    expect(loadOrCreateSecret(storage)).not.toBe('short');
  });
});

describe('LAN addresses', () => {
  it('puts the likely Wi-Fi first and container bridges last, without loopback', () => {
    const entry = (address: string, internal = false) => ({ address, family: 'IPv4' as const, internal, netmask: '', mac: '', cidr: null });
    const addresses = lanAddresses({
      lo: [entry('127.0.0.1', true)],
      docker0: [entry('172.17.0.1')],
      eth0: [entry('10.0.0.5')],
      wlan0: [entry('192.168.1.20')],
    });
    expect(addresses).toEqual(['192.168.1.20', '10.0.0.5', '172.17.0.1']);
  });
});
