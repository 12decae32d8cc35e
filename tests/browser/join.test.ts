// The built phone page (/join) in Chromium against the real relay serving dist/, with a
// facilitator on the other end: join by typing the code, vote, reload and keep the vote,
// see the count after the reveal, send a one-line answer, see the room end.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import type { Browser, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { Facilitator, SECRET } from '../server/helpers.ts';
import { useBrowser } from './browser.ts';
import { useRelay } from './relay.ts';
import { ROOT } from './server.ts';

const relay = useRelay();

const browser = useBrowser();

async function openPhone(
  b: Browser,
  locale: string,
  path = '/join',
  base = relay().url,
): Promise<{ page: Page; errors: string[]; requests: string[] }> {
  const context = await b.newContext({ locale, viewport: { width: 390, height: 800 }, hasTouch: true });
  const page = await context.newPage();
  const errors: string[] = [];
  const requests: string[] = [];
  page.on('console', (m) => (m.type() === 'error' ? errors.push(m.text()) : undefined));
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('request', (r) => requests.push(r.url()));
  await page.goto(`${base}${path}`);
  return { page, errors, requests };
}

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** axe-core's WCAG A/AA violations on the page as it is now (evaluated, so the CSP stays on). */
async function axeViolations(page: Page): Promise<string[]> {
  await page.evaluate(AXE);
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(o: object): Promise<{ violations: { id: string; nodes: unknown[] }[] }> } }).axe;
    const result = await axe.run({ runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] });
    return result.violations.map((v) => `${v.id} (${v.nodes.length})`);
  });
}

/** Runs the workshop command's server (on the built dist/) and waits for its address. */
async function startCli(port: number, roomsDir: string): Promise<{ port: number; kill: () => void }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/server/workshop-cli.ts'], {
    cwd: ROOT,
    env: { ...process.env, PORT: String(port), ROOMS_DIR: roomsDir },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const lines = createInterface({ input: child.stdout });
  const actual = await new Promise<number>((resolve, reject) => {
    lines.on('line', (line) => {
      const match = /localhost:(\d+)/.exec(line);
      if (match) resolve(Number(match[1]));
    });
    child.once('exit', (code) => reject(new Error(`npm run workshop's server exited (${code})`)));
  });
  return { port: actual, kill: () => child.kill('SIGKILL') };
}

const state = (page: Page) => page.locator('main').getAttribute('data-phone-state');

describe('the phone page on the relay', () => {
  it('joins, votes, keeps its vote over a reload, sees the count, answers, and sees the end', async () => {
    const facilitator = await Facilitator.connect(relay().url, SECRET);
    const { page, errors, requests } = await openPhone(browser(), 'en-GB');
    await expect.poll(() => state(page)).toBe('entry');
    expect(await axeViolations(page)).toEqual([]);

    // A wrong code gets a clear message and keeps what was typed.
    await page.getByLabel('Room code').fill('abc');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('six letters');
    expect(await page.getByLabel('Room code').inputValue()).toBe('abc');
    await page.getByLabel('Room code').fill('ZZZZZZ');
    await page.getByRole('button', { name: 'Join' }).click();
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('There is no room ZZZZZZ');

    // The right code, typed in lower case with a space, as people do.
    await page.getByLabel('Room code').fill(`${facilitator.code.slice(0, 3).toLowerCase()} ${facilitator.code.slice(3)}`);
    await page.getByRole('button', { name: 'Join' }).click();
    await expect.poll(() => state(page)).toBe('waiting');
    expect(new URL(page.url()).searchParams.get('room')).toBe(facilitator.code);
    await facilitator.until(() => facilitator.participants === 1);

    const options = [
      { index: 0, text: 'Stay and make tea' },
      { index: 1, text: 'Walk out' },
      { index: 2, text: 'Ask what is wrong', disabled: true },
    ];
    facilitator.relay.openRound({ roundId: '1:kitchen', prompt: 'What do you do?', options });
    await expect.poll(() => state(page)).toBe('open');
    expect(await page.getByRole('heading', { level: 2 }).textContent()).toBe('What do you do?');
    expect(await page.locator('[data-option="2"]').isDisabled()).toBe(true);
    await page.locator('[data-option="1"]').click();
    await expect.poll(() => page.locator('[data-option="1"]').getAttribute('aria-pressed')).toBe('true');
    // Screen readers hear the vote land, from one live region that outlives repaints.
    await expect.poll(() => page.locator('#join-live').textContent()).toBe('What do you do? Your vote: option 2. You can still change it.');
    await facilitator.tallyReaches('1:kitchen', [0, 1, 0]);
    expect(await axeViolations(page)).toEqual([]);

    // A reload (or a phone that slept) comes back to the same single vote.
    await page.reload();
    await expect.poll(() => page.locator('[data-option="1"]').getAttribute('aria-pressed')).toBe('true');
    await page.locator('[data-option="0"]').focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('[data-option="0"]').getAttribute('aria-pressed')).toBe('true');
    await facilitator.tallyReaches('1:kitchen', [1, 0, 0]);
    expect(facilitator.tally?.voters).toBe(1);

    facilitator.relay.closeRound();
    await expect.poll(() => state(page)).toBe('closed');
    expect(await page.locator('[data-option="1"]').isDisabled()).toBe(true);
    expect(await page.locator('[data-phone-result]').count()).toBe(0);
    facilitator.relay.reveal({ handCounts: [2, 3, 0] });
    facilitator.relay.choose({ index: 1, overridden: false });
    await expect.poll(() => page.locator('[data-phone-result]').getAttribute('data-counts')).toBe('3,3,0');
    expect(await page.locator('main').textContent()).toContain('The room chose option 2.');
    expect(await axeViolations(page)).toEqual([]);

    // A one-line answer, shown back once the facilitator approves it.
    facilitator.relay.advance();
    facilitator.relay.askQuestion('What did you notice in your body?');
    await page.getByLabel('Your answer, one line (anonymous)').fill('  My shoulders <b>went up</b>  ');
    await page.getByRole('button', { name: 'Send' }).click();
    await facilitator.until(() => facilitator.answers.length === 1);
    expect(facilitator.answers[0]?.text).toBe('My shoulders <b>went up</b>');
    facilitator.relay.approveAnswer(facilitator.answers[0]!.id);
    await expect.poll(() => page.locator('.join-approved li').textContent()).toBe('My shoulders <b>went up</b>');
    expect(await page.locator('.join-approved b').count()).toBe(0);

    // Dutch at the press of a button.
    await page.getByRole('button', { name: 'Nederlands' }).click();
    await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('nl');
    expect(await page.locator('main').textContent()).toContain('Een vraag aan de groep');

    facilitator.relay.end();
    await expect.poll(() => state(page)).toBe('ended');
    expect(await page.locator('main').textContent()).toContain('Deze sessie is afgelopen');

    expect(errors).toEqual([]);
    const origin = new URL(relay().url).origin;
    expect(requests.filter((r) => !r.startsWith(origin))).toEqual([]);
    // Light: no Phaser, no ink on a phone.
    expect(requests.some((r) => /stage-host|phaser|ink/i.test(r))).toBe(false);
  });

  it('says so when the relay is lost, and is back in its room after a restart without typing', async () => {
    // `npm run workshop`'s server, killed without warning the way a laptop crashes.
    const roomsDir = mkdtempSync(join(tmpdir(), 'dichtbij-rooms-'));
    let cli = await startCli(0, roomsDir);
    try {
      const url = `http://127.0.0.1:${cli.port}`;
      const facilitator = await Facilitator.connect(url, SECRET);
      const { page, errors } = await openPhone(browser(), 'nl-NL', `/join?room=${facilitator.code}`, url);
      await expect.poll(() => state(page)).toBe('waiting');
      facilitator.relay.disconnect();
      cli.kill();
      await expect.poll(() => page.locator('.join-status').textContent()).toContain('Verbinding verbroken');
      expect(await state(page)).not.toBe('entry');
      cli = await startCli(cli.port, roomsDir);
      // The restarted relay kept the room: the phone is back in it, never asked for the code.
      await expect.poll(() => page.locator('.join-status').textContent(), { timeout: 20_000 }).toBe('');
      expect(await state(page)).toBe('waiting');
      expect(await page.locator('main').textContent()).not.toContain('Er is geen sessie');

      // A relay that lost its rooms (their folder gone): the phone is told the room is gone
      // and where to look, not that it typed the code wrong.
      cli.kill();
      await expect.poll(() => page.locator('.join-status').textContent()).toContain('Verbinding verbroken');
      rmSync(roomsDir, { recursive: true, force: true });
      cli = await startCli(cli.port, roomsDir);
      await expect
        .poll(() => page.locator('main').textContent(), { timeout: 20_000 })
        .toContain(`Sessie ${facilitator.code} bestaat niet meer`);
      expect(await page.locator('main').textContent()).not.toContain('Kijk de code');
      // Failed reconnects while the relay was down are the browser's own messages; nothing else.
      // A connection the kill cut mid-way is reported as reset rather than refused.
      expect(errors.filter((e) => !/WebSocket|ERR_CONNECTION_REFUSED|ERR_CONNECTION_RESET/.test(e))).toEqual([]);
    } finally {
      cli.kill();
    }
  });

  it('lets the game page talk to the relay under its Content-Security-Policy', async () => {
    const context = await browser().newContext();
    const page = await context.newPage();
    const violations: string[] = [];
    page.on('console', (m) => (m.text().includes('Content Security Policy') ? violations.push(m.text()) : undefined));
    await page.goto(relay().url);
    const answer = await page.evaluate(async () => {
      const info = await (await fetch('/relay-info')).json();
      const room = await new Promise<string>((resolve, reject) => {
        const ws = new WebSocket(`ws://${location.host}/relay`);
        ws.onopen = () => ws.send(JSON.stringify({ t: 'host', secret: 'csp-check-secret-0123456789abcdefgh', lang: 'nl' }));
        ws.onmessage = (event) => {
          resolve(JSON.parse(event.data).t);
          ws.close();
        };
        ws.onerror = () => reject(new Error('refused'));
      });
      return { info, room };
    });
    expect(answer).toEqual({ info: { relay: true, version: 1 }, room: 'room' });
    expect(violations).toEqual([]);
    const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    expect(policy).toContain(`connect-src 'self' ws://${new URL(relay().url).host} `);
    expect(policy).toContain("script-src 'self';");
  });
});
