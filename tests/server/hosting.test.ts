// The relay on a public address (issue 19): security headers on every HTTP response, the
// client's address taken from a trusted proxy only, the game's other origin let in by name
// only, and `npm run relay`'s settings refused with a clear message when wrong.
import { mkdtempSync, writeFileSync } from 'node:fs';
import type { IncomingMessage } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { relaySettings } from '../../src/server/relay-cli.ts';
import { proxyTrust, remoteAddress } from '../../src/server/relay-guards.ts';
import { relayPerTest, wsUrl } from './helpers.ts';

const { start } = relayPerTest();

function distWithPage(): string {
  const dir = mkdtempSync(join(tmpdir(), 'dichtbij-hosting-'));
  writeFileSync(
    join(dir, 'index.html'),
    `<!doctype html><meta http-equiv="Content-Security-Policy" content="connect-src 'self'"><title>game</title>`,
  );
  return dir;
}

describe('the relay on a public address', () => {
  it('sends the security headers on every response, pages, data and errors alike', async () => {
    const relay = await start({ staticDir: distWithPage(), sweepEveryMs: null });
    for (const path of ['/', '/relay-info', '/no-such-file', '/%00']) {
      const response = await fetch(`${relay.url}${path}`);
      const policy = response.headers.get('content-security-policy') ?? '';
      expect(policy, path).toContain("frame-ancestors 'none'");
      expect(policy, path).toContain(`connect-src 'self' ws://${new URL(relay.url).host} wss://${new URL(relay.url).host}`);
      expect(policy, path).toContain("script-src 'self'");
      expect(response.headers.get('x-content-type-options'), path).toBe('nosniff');
      expect(response.headers.get('referrer-policy'), path).toBe('no-referrer');
      expect(response.headers.get('x-frame-options'), path).toBe('DENY');
    }
  });

  it('lets the game on another origin open the socket by that exact origin only', async () => {
    const relay = await start({ sweepEveryMs: null, gameOrigins: ['https://game.example.org'] });
    const opens = (origin: string) =>
      new Promise<boolean>((resolve) => {
        const ws = new WebSocket(wsUrl(relay.url), { headers: { Origin: origin } });
        ws.once('open', () => {
          ws.close();
          resolve(true);
        });
        ws.once('error', () => resolve(false));
      });
    expect(await opens('https://game.example.org')).toBe(true);
    expect(await opens('https://game.example.org.evil.example')).toBe(false);
    expect(await opens('http://game.example.org')).toBe(false);
    expect(await opens('https://elsewhere.example')).toBe(false);
  });

  it('takes the client’s address from X-Forwarded-For only when the peer is the trusted proxy', () => {
    const request = (peer: string, forwarded?: string) =>
      ({ socket: { remoteAddress: peer }, headers: forwarded ? { 'x-forwarded-for': forwarded } : {} }) as unknown as IncomingMessage;
    const loopback = proxyTrust(undefined);
    // The last entry is what the proxy added; earlier ones are whatever the client claimed.
    expect(remoteAddress(request('127.0.0.1', '6.6.6.6, 203.0.113.9'), loopback)).toBe('203.0.113.9');
    expect(remoteAddress(request('198.51.100.7', '203.0.113.9'), loopback)).toBe('198.51.100.7');
    expect(remoteAddress(request('127.0.0.1'), loopback)).toBe('127.0.0.1');
    expect(remoteAddress(request('127.0.0.1', 'not an address'), loopback)).toBe('127.0.0.1');
    const docker = proxyTrust('172.28.0.2');
    expect(remoteAddress(request('::ffff:172.28.0.2', '203.0.113.9'), docker)).toBe('203.0.113.9');
    expect(remoteAddress(request('172.28.0.3', '203.0.113.9'), docker)).toBe('172.28.0.3');
    expect(remoteAddress(request('172.28.5.1', '203.0.113.9'), proxyTrust('172.28.'))).toBe('203.0.113.9');
    expect(remoteAddress(request('127.0.0.1', '203.0.113.9'), proxyTrust('off'))).toBe('127.0.0.1');
  });

  it('refuses wrong settings for `npm run relay` with a message naming the setting', () => {
    const dist = distWithPage();
    const settings = (env: Record<string, string>) => relaySettings({ DIST_DIR: dist, ...env });
    expect(settings({ PORT: 'eighty' })).toBe('PORT must be a whole number from 0 to 65535, not "eighty".');
    expect(settings({ MAX_ROOMS: '0' })).toMatch(/^MAX_ROOMS must be a whole number from 1/);
    expect(settings({ PUBLIC_URL: 'relay.example.org' })).toMatch(/^PUBLIC_URL must be the address people open/);
    expect(settings({ PUBLIC_URL: 'https://relay.example.org/rooms' })).toMatch(/^PUBLIC_URL must/);
    expect(settings({ GAME_ORIGINS: 'https://game.example.org/' })).toMatch(/^GAME_ORIGINS must list origins/);
    expect(relaySettings({ DIST_DIR: join(dist, 'missing') })).toMatch(/^No built game in /);
    const good = settings({ PUBLIC_URL: 'https://relay.example.org', PORT: '9000', ROOMS_DIR: join(dist, 'rooms'), IDLE_MINUTES: '60' });
    expect(typeof good).toBe('object');
    if (typeof good === 'object')
      expect([good.port, good.publicUrl, good.idleMs, good.host]).toEqual([9000, 'https://relay.example.org', 3_600_000, '0.0.0.0']);
  });
});
