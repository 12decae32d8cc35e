// WCAG 2.1 AA on every screen, in both languages: axe-core finds no violations and every
// touch target is at least 44 px, on the menu, settings, help, start, play, feedback,
// pause, runs and debrief screens.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations, smallTargets } from './axe.ts';
import { openGame, playToEnd, useBrowser, waitForStage } from './browser.ts';

const browser = useBrowser();

async function expectAccessible(page: Page, screen: string): Promise<void> {
  expect(await axeViolations(page), `axe violations on the ${screen}`).toEqual([]);
  expect(await smallTargets(page), `targets under 44 px on the ${screen}`).toEqual([]);
}

async function closeDialog(page: Page): Promise<void> {
  await page.keyboard.press('Escape');
  await page.waitForFunction(() => document.querySelector('dialog[open]') === null);
}

describe.each([
  ['en', 'en-GB'],
  ['nl', 'nl-NL'],
])('every screen in %s', (lang, locale) => {
  it('has no WCAG 2.1 A/AA violations and no small targets', async () => {
    const { page, errors } = await openGame(browser(), { locale });
    expect(await page.getAttribute('html', 'lang')).toBe(lang);
    await page.locator('[data-scenario]').first().waitFor();
    await expectAccessible(page, 'menu');

    await page.click('.app-header [data-action="settings"]');
    await page.locator('dialog.settings').waitFor();
    await expectAccessible(page, 'settings dialog');
    await closeDialog(page);

    await page.click('.app-header [data-action="help"]');
    await page.locator('dialog.help').waitFor();
    await expectAccessible(page, 'help dialog');
    await closeDialog(page);

    await page.click('[data-scenario="fight-about-nothing"]');
    await page.locator('#loved-name').waitFor();
    await expectAccessible(page, 'start screen');

    await page.click('[data-begin]');
    await page.locator('[data-choices] button').first().waitFor();
    await waitForStage(page);
    await expectAccessible(page, 'play screen');

    await page.locator('[data-choices] button:not([disabled])').first().click();
    await page.locator('.feedback').first().waitFor();
    await page.locator('[data-choices] button').first().waitFor();
    await expectAccessible(page, 'play screen with feedback');

    await page.keyboard.press('p');
    await page.locator('dialog.pause').waitFor();
    await expectAccessible(page, 'pause dialog');
    await closeDialog(page);

    await playToEnd(page);
    await expectAccessible(page, 'debrief');

    await page.click('.app-header [data-action="library"]');
    await page.locator('.library-run').first().waitFor();
    await expectAccessible(page, 'runs screen');
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
