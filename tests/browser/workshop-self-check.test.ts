// The self-check in the room, on the real relay serving the built game: five phones answer
// at the start, while the projector shows the lobby (which says the phones are asked, and
// how many have answered); at the end first four (the projector says why their spread is
// hidden), then the fifth (both spreads shown, counts only). The counts download as CSV with
// the day only, the statements can be put up for discussion, and the printable report holds
// both moments. axe finds nothing on the new parts.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations } from './axe.ts';
import { useBrowser } from './browser.ts';
import { useRelay } from './relay.ts';

const relay = useRelay();
const browser = useBrowser();

async function answer(phone: Page, levels: Record<string, string>) {
  await phone.locator('[data-phone-check="open"]').waitFor();
  for (const [item, level] of Object.entries(levels)) {
    await phone.locator(`.join-check-item[data-item="${item}"] input[value="${level}"]`).check();
  }
  await phone.getByRole('button', { name: 'Send my answers' }).click();
  await phone.locator('[data-phone-check="sent"]').waitFor();
}

describe('the self-check in a workshop', () => {
  it('shows the spread before and after from five phones, and says why it is hidden with four', { timeout: 240_000 }, async () => {
    const errors: string[] = [];
    const context = await browser().newContext({ locale: 'en-GB', viewport: { width: 1280, height: 720 }, acceptDownloads: true });
    const fac = await context.newPage();
    const aud = await context.newPage();
    for (const page of [fac, aud]) page.on('pageerror', (e) => errors.push(e.message));
    await fac.goto(`${relay().url}/?view=facilitator`);
    await expect.poll(() => fac.locator('[data-relay]').getAttribute('data-relay')).toBe('true');
    await aud.goto(`${relay().url}/?view=audience`);
    // The lobby, while the workshop is set up: phones join.
    await expect.poll(() => aud.locator('[data-audience]').getAttribute('data-audience')).toBe('lobby');
    const code = (await aud.locator('[data-room-code]').textContent()) ?? '';

    const phones: Page[] = [];
    for (let i = 0; i < 5; i++) {
      const phoneContext = await browser().newContext({ locale: 'en-GB', viewport: { width: 390, height: 800 }, hasTouch: true });
      const phone = await phoneContext.newPage();
      phone.on('pageerror', (e) => errors.push(e.message));
      await phone.goto(`${relay().url}/join?room=${code}`);
      await expect.poll(() => phone.locator('main').getAttribute('data-phone-state')).not.toBe('connecting');
      phones.push(phone);
    }
    await expect.poll(() => aud.locator('[data-joined]').getAttribute('data-joined')).toBe('5');

    // At the start, on the lobby: the facilitator asks (with the keyboard), the lobby says so and counts.
    await fac.locator('[data-room-check="open-start"]').focus();
    await fac.keyboard.press('Enter');
    await phones[0]?.locator('[data-phone-check="open"]').waitFor();
    expect(await axeViolations(phones[0] as Page)).toEqual([]);
    const asking = aud.locator('[data-check-asking="start"]');
    await expect.poll(() => asking.textContent()).toContain('0 phones have answered');
    expect(await axeViolations(aud)).toEqual([]);
    expect(await axeViolations(fac)).toEqual([]);
    const start = ['a-little', 'a-little', 'partly', 'mostly', 'not-at-all'];
    for (const [i, phone] of phones.entries()) await answer(phone, { protection: start[i] ?? 'partly', silence: 'mostly' });
    await expect.poll(() => fac.locator('[data-room-check-count="start"]').textContent()).toContain('5 phones have answered');
    await expect.poll(() => asking.textContent()).toContain('5 phones have answered');
    // Counts only: the lobby never shows what anyone chose.
    expect(await aud.locator('[data-audience-check]').count()).toBe(0);
    await fac.locator('[data-room-check="close"]').click();
    await expect.poll(() => asking.count()).toBe(0);

    await fac.getByLabel('Hands and phones together').check();
    await fac.locator('[data-action="begin-workshop"]').click();
    await expect.poll(() => fac.locator('.ws-control').getAttribute('data-phase')).toBe('scene');

    // At the end: four phones first.
    await fac.locator('[data-room-check="open-end"]').click();
    for (const phone of phones.slice(0, 4)) await answer(phone, { protection: 'mostly', silence: 'a-little' });
    await expect.poll(() => fac.locator('[data-room-check-count="end"]').textContent()).toContain('4 phones have answered');
    await fac.locator('[data-room-check="show-spread"]').click();
    const check = aud.locator('[data-audience-check="spread"]');
    await check.waitFor();
    await expect.poll(() => check.locator('[data-hidden-why="end"]').textContent()).toContain('only 4 phones answered');
    const counts = (item: string, moment: string) =>
      check
        .locator(`[data-item="${item}"] [data-moment="${moment}"]`)
        .evaluateAll((els) => els.map((e) => Number(e.getAttribute('data-count'))));
    expect(await counts('protection', 'start')).toEqual([1, 2, 1, 1, 0]);
    expect(await check.locator('[data-moment="end"]').count()).toBe(0);
    expect(await axeViolations(aud)).toEqual([]);
    expect(await axeViolations(fac)).toEqual([]);

    // The fifth phone: now the end's spread shows too, beside the start's.
    await answer(phones[4] as Page, { protection: 'completely' });
    await expect.poll(() => counts('protection', 'end')).toEqual([0, 0, 0, 4, 1]);
    expect(await counts('silence', 'start')).toEqual([0, 0, 0, 5, 0]);
    expect(await counts('silence', 'end')).toEqual([0, 4, 0, 0, 0]);
    expect(await check.locator('[data-hidden-why]').count()).toBe(0);

    const [download] = await Promise.all([fac.waitForEvent('download'), fac.locator('[data-room-check="csv"]').click()]);
    const csv = readFileSync((await download.path()) ?? '', 'utf8');
    const day = new Date().toISOString().slice(0, 10);
    expect(csv).toContain(`${day},start,protection,1,2,1,1,0,5`);
    expect(csv).toContain(`${day},end,protection,0,0,0,4,1,5`);
    expect(csv).not.toMatch(/T\d\d:|token/);

    // With hands, the statements go up for discussion instead.
    await fac.locator('[data-room-check="show-statements"]').click();
    await aud.locator('[data-audience-check="statements"]').waitFor();
    expect(await aud.locator('[data-audience-check="statements"] [data-item]').count()).toBe(5);

    // To the debrief (the first option at every moment), and the printable report: both moments' counts.
    for (let guard = 0; guard < 200 && (await fac.locator('[data-action="printable-report"]').count()) === 0; guard++) {
      const now = await fac.locator('.ws-control').getAttribute('data-phase');
      if (now === 'scene' || now === 'ended') await fac.keyboard.press('n');
      else await fac.locator('[data-choose]:not([disabled])').first().click();
    }
    await fac.locator('[data-action="printable-report"]').click();
    const report = (moment: string) => fac.locator(`[data-report-check="${moment}"] li`).allTextContents();
    const protection = (lines: string[]) => lines.find((l) => l.startsWith('When someone pulls away'));
    expect(protection(await report('At the start'))).toContain('Not at all: 1, A little: 2, Partly: 1, Mostly: 1, Completely: 0');
    expect(protection(await report('At the end'))).toContain('Mostly: 4, Completely: 1');
    expect(errors).toEqual([]);
    for (const phone of phones) await phone.context().close();
    await context.close();
  });
});
