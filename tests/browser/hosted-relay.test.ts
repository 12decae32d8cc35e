// The game at one address and a hosted relay at another (issue 19). The game's page names
// the relay in its Content-Security-Policy, as `RELAY_URL=… npm run build` writes it; the
// facilitator sets the relay in the workshop setup (a relay the policy does not name is
// refused with a reason), the projector's QR code and address point at the relay's public
// address, and a phone joins there and votes. The browser reports no policy violation and
// nothing goes anywhere but the game's origin and the relay.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentSecurityPolicy, relayOrigin } from '../../src/server/content-policy.ts';
import { type Relay, startRelay } from '../../src/server/relay-server.ts';
import { axeViolations, smallTargets } from './axe.ts';
import { useBrowser } from './browser.ts';
import { DIST, serveGame } from './server.ts';

const browser = useBrowser();
let dir = '';
let game: { url: string; close: () => Promise<void> } | null = null;
let relay: Relay | null = null;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'dichtbij-hosted-game-'));
  cpSync(DIST, dir, { recursive: true });
  game = await serveGame(0, dir);
  // The game is opened as http://localhost:…, the relay is http://127.0.0.1:…: other hosts.
  const gameOrigin = `http://localhost:${new URL(game.url).port}`;
  relay = await startRelay({ staticDir: DIST, sweepEveryMs: null, gameOrigins: [gameOrigin] });
  // What the build writes with RELAY_URL set to this relay (vite.config.ts).
  const page = readFileSync(join(dir, 'index.html'), 'utf8');
  const built = /<meta http-equiv="Content-Security-Policy" content="[^"]*">/;
  expect(page).toMatch(built);
  const policy = contentSecurityPolicy(relayOrigin(relay.url)).replaceAll("'", '&#39;');
  writeFileSync(join(dir, 'index.html'), page.replace(built, `<meta http-equiv="Content-Security-Policy" content="${policy}">`));
}, 180_000);

afterAll(async () => {
  await relay?.close();
  await game?.close();
  rmSync(dir, { recursive: true, force: true });
});

function watch(page: Page): { violations: string[]; requests: string[] } {
  const seen = { violations: [] as string[], requests: [] as string[] };
  page.on('console', (m) => (/Content.Security.Policy/i.test(m.text()) ? seen.violations.push(m.text()) : undefined));
  page.on('pageerror', (e) => seen.violations.push(e.message));
  page.on('request', (r) => seen.requests.push(new URL(r.url()).origin));
  page.on('websocket', (ws) => seen.requests.push(new URL(ws.url()).origin.replace(/^ws/, 'http')));
  return seen;
}

describe('a hosted relay at another address than the game', () => {
  it('is set in the setup, shown on the projector, joined by a phone, under the CSP', { timeout: 180_000 }, async () => {
    const gameUrl = `http://localhost:${new URL(game!.url).port}`;
    const relayUrl = relay!.url;
    const context = await browser().newContext({ locale: 'en-GB', viewport: { width: 1280, height: 720 } });
    const fac = await context.newPage();
    const aud = await context.newPage();
    const facSeen = watch(fac);
    await fac.goto(`${gameUrl}/?view=facilitator`);
    // The setup is drawn again once the page has asked its own server for a relay.
    await fac.waitForLoadState('networkidle');
    // No relay serves this page: phones are off until one is set.
    await expect.poll(() => fac.locator('[data-relay]').getAttribute('data-relay')).toBe('false');

    // A relay the page's policy does not name is refused, and says why.
    const field = fac.getByLabel('Server for phones (optional)');
    await field.fill('https://relay.elsewhere.example');
    await fac.getByRole('button', { name: 'Use this server' }).click();
    await expect.poll(() => fac.locator('#ws-relay-error').textContent()).toContain(`may only use the server it came from or ${relayUrl}`);
    expect(await field.getAttribute('aria-invalid')).toBe('true');
    expect(await axeViolations(fac)).toEqual([]);
    expect(await smallTargets(fac)).toEqual([]);
    await field.fill('not an address');
    await field.press('Enter');
    await expect.poll(() => fac.locator('#ws-relay-error').textContent()).toContain('not a web address');
    expect(await fac.locator('.ws-setup').count()).toBe(1);

    await field.fill(relayUrl);
    await field.press('Enter');
    await expect.poll(() => fac.locator('[data-relay]').getAttribute('data-relay')).toBe('true');

    // The projector's lobby: the relay's own address for phones, in words and in the QR code.
    await aud.setViewportSize({ width: 1920, height: 1080 });
    const audSeen = watch(aud);
    await aud.goto(`${gameUrl}/?view=audience`);
    await expect.poll(() => aud.locator('[data-room-code]').count()).toBe(1);
    const code = (await aud.locator('[data-room-code]').textContent()) ?? '';
    const joinUrl = (await aud.locator('.ws-join-url').first().textContent()) ?? '';
    expect(joinUrl).toBe(`${relayUrl}/join?room=${code}`);
    expect(await aud.locator('svg.qr-code').getAttribute('aria-label')).toContain(joinUrl);

    // A phone opens that address (the relay serves the phone page) and joins.
    const phoneContext = await browser().newContext({ locale: 'en-GB', viewport: { width: 390, height: 844 }, hasTouch: true });
    const phone = await phoneContext.newPage();
    const phoneSeen = watch(phone);
    await phone.goto(joinUrl);
    await expect.poll(() => phone.locator('main').getAttribute('data-phone-state')).toBe('waiting');
    await expect.poll(() => aud.locator('[data-joined]').getAttribute('data-joined')).toBe('1');

    // The workshop, voting by phones: the phone's vote reaches the projector through the relay.
    await fac.locator('[data-action="begin-workshop"]').click();
    const phase = () => fac.locator('.ws-control').getAttribute('data-phase');
    await expect.poll(phase).toBe('scene');
    for (let step = 0; step < 40 && (await phase()) !== 'discuss'; step++) await fac.keyboard.press('n');
    await fac.keyboard.press('v');
    await expect.poll(() => phone.locator('main').getAttribute('data-phone-state')).toBe('open');
    await phone.locator('[data-option]:not([disabled])').first().click();
    await expect.poll(() => aud.locator('[data-voters]').getAttribute('data-voters')).toBe('1');

    // The relay is remembered on this device: the next workshop (a new tab) starts with it.
    const next = await context.newPage();
    await next.goto(`${gameUrl}/?view=facilitator`);
    await expect.poll(() => next.getByLabel('Server for phones (optional)').inputValue()).toBe(relayUrl);
    await expect.poll(() => next.locator('[data-relay]').getAttribute('data-relay')).toBe('true');

    expect([...facSeen.violations, ...audSeen.violations, ...phoneSeen.violations]).toEqual([]);
    const origins = new Set([...facSeen.requests, ...audSeen.requests, ...phoneSeen.requests]);
    expect([...origins].sort()).toEqual([gameUrl, relayUrl].sort());
    await phoneContext.close();
    await context.close();
  });
});
