// Where the facilitator's game finds its relay (issue 19): only an address the page's policy
// names (or its own server), read from whatever the facilitator pastes, remembered when usable.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, relayOrigin } from '../../src/server/content-policy.ts';
import { chooseRelay, parseRelayAddress, relaysInPolicy, rememberedRelay } from '../../src/workshop/relay-address.ts';

const page = { protocol: 'https:', host: 'game.example.org' };
const policy = contentSecurityPolicy(relayOrigin('https://relay.example.org/'));

function memoryStorage(): Storage {
  const map = new Map<string, string>();
  return {
    getItem: (k) => map.get(k) ?? null,
    setItem: (k, v) => void map.set(k, v),
    removeItem: (k) => void map.delete(k),
    clear: () => map.clear(),
    key: () => null,
    get length() {
      return map.size;
    },
  };
}

describe('the relay address', () => {
  it('reads the relays a built page may reach from its policy, and nothing else', () => {
    expect(relaysInPolicy(policy)).toEqual(['wss://relay.example.org']);
    expect(relaysInPolicy(contentSecurityPolicy())).toEqual([]);
    expect(relaysInPolicy(null)).toBeNull();
    expect(policy).toContain("connect-src 'self' wss://relay.example.org;");
  });

  it('takes what people paste (https, wss, a path, spaces) as the relay’s socket origin', () => {
    const allowed = relaysInPolicy(policy);
    for (const input of ['https://relay.example.org', ' wss://relay.example.org/relay ', 'https://relay.example.org/join?room=BCDFGH']) {
      expect(parseRelayAddress(input, page, allowed)).toEqual({ ok: true, origin: 'wss://relay.example.org' });
    }
    expect(parseRelayAddress('https://game.example.org', page, allowed)).toEqual({ ok: true, origin: 'wss://game.example.org' });
    expect(parseRelayAddress('https://other.example.org', page, allowed)).toEqual({ ok: false, reason: 'not-allowed' });
    expect(parseRelayAddress('http://relay.example.org', page, allowed)).toEqual({ ok: false, reason: 'not-allowed' });
    for (const input of ['relay.example.org', 'ftp://relay.example.org', 'https://user:pw@relay.example.org', '']) {
      expect(parseRelayAddress(input, page, allowed)).toEqual({ ok: false, reason: 'invalid' });
    }
  });

  it('never accepts an address the page could not reach', () => {
    const allowed = relaysInPolicy(policy);
    fc.assert(
      fc.property(fc.oneof(fc.webUrl(), fc.string()), (input) => {
        const parsed = parseRelayAddress(input, page, allowed);
        if (parsed.ok) expect(parsed.origin === 'wss://relay.example.org' || parsed.origin.endsWith('//game.example.org')).toBe(true);
      }),
    );
  });

  it('remembers a usable relay, forgets it when emptied, and ignores one the page may no longer reach', () => {
    const storage = memoryStorage();
    expect(chooseRelay(storage, 'https://other.example.org', page, relaysInPolicy(policy))).toEqual({ ok: false, reason: 'not-allowed' });
    expect(rememberedRelay(storage, page, relaysInPolicy(policy))).toBeNull();
    expect(chooseRelay(storage, 'https://relay.example.org', page, relaysInPolicy(policy)).ok).toBe(true);
    expect(rememberedRelay(storage, page, relaysInPolicy(policy))).toBe('wss://relay.example.org');
    // Rebuilt without RELAY_URL: the remembered relay is no longer reachable, so it is not used.
    expect(rememberedRelay(storage, page, relaysInPolicy(contentSecurityPolicy()))).toBeNull();
    expect(chooseRelay(storage, '  ', page, relaysInPolicy(policy))).toEqual({ ok: true, origin: null });
    expect(rememberedRelay(storage, page, relaysInPolicy(policy))).toBeNull();
  });
});
