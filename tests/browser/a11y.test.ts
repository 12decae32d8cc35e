// WCAG 2.1 AA on every screen, in both languages: axe-core finds no violations, every
// touch target is at least 44 px, and at 320 px width or 200% zoom nothing scrolls
// sideways. The screens: menu, settings, help, start, play, feedback, pause, debrief, runs,
// path map and comparison.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations, smallTargets } from './axe.ts';
import { openGame, playToEnd, useBrowser, waitForStage } from './browser.ts';

const browser = useBrowser();

async function closeDialog(page: Page): Promise<void> {
  await page.keyboard.press('Escape');
  await page.waitForFunction(() => document.querySelector('dialog[open]') === null);
}

/** Go through every screen and dialog of the game, calling `check` on each. */
async function everyScreen(page: Page, check: (screen: string) => Promise<void>): Promise<void> {
  await page.locator('[data-scenario]').first().waitFor();
  await check('menu');

  await page.click('.app-header [data-action="settings"]');
  await page.locator('dialog.settings').waitFor();
  await check('settings dialog');
  await closeDialog(page);

  await page.click('.app-header [data-action="help"]');
  await page.locator('dialog.help').waitFor();
  await check('help dialog');
  await closeDialog(page);

  await page.click('[data-scenario="fight-about-nothing"]');
  await page.locator('#loved-name').waitFor();
  await check('start screen');

  await page.click('[data-begin]');
  await page.locator('[data-choices] button').first().waitFor();
  await waitForStage(page);
  await check('play screen');

  await page.locator('[data-choices] button:not([aria-disabled])').first().click();
  await page.locator('.feedback').first().waitFor();
  await page.locator('[data-choices] button').first().waitFor();
  await check('play screen with feedback');

  await page.keyboard.press('p');
  await page.locator('dialog.pause').waitFor();
  await check('pause dialog');
  await closeDialog(page);

  await playToEnd(page);
  await check('debrief');

  await page.click('.app-header [data-action="library"]');
  await page.locator('.library-run').first().waitFor();
  await check('runs screen');

  await page.locator('.library-run [data-action="map"]').first().click();
  await page.locator('.path-map svg').waitFor();
  await check('path map');

  // A duplicate of the run (replayed to its end) gives a second run to compare with.
  await page.click('[data-action="back"]');
  await page.locator('.library-run [data-action="duplicate"]').first().click();
  // The copy ends where the original did: the director keeps it at once and shows its debrief.
  await page.locator('[data-ending]').waitFor();
  await page.click('[data-action="compare"]');
  await page.locator('section.compare').waitFor();
  await check('comparison');
}

/** How far the page reaches beyond the window sideways (0: it reflows). */
const sideways = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

describe.each([
  ['en', 'en-GB'],
  ['nl', 'nl-NL'],
])('every screen in %s', (lang, locale) => {
  it('has no WCAG 2.1 A/AA violations and no small targets', async () => {
    const { page, errors } = await openGame(browser(), { locale });
    expect(await page.getAttribute('html', 'lang')).toBe(lang);
    await everyScreen(page, async (screen) => {
      expect(await axeViolations(page), `axe violations on the ${screen}`).toEqual([]);
      expect(await smallTargets(page), `targets under 44 px on the ${screen}`).toEqual([]);
    });
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

describe('reflow', () => {
  it.each([
    ['320 px wide', 'nl-NL', { width: 320, height: 640 }],
    ['200% zoom of a 1280 x 720 window', 'en-GB', { width: 640, height: 360 }],
  ])('nothing scrolls sideways at %s', async (_name, locale, viewport) => {
    const { page, errors } = await openGame(browser(), { locale, viewport });
    await everyScreen(page, async (screen) => {
      expect(await sideways(page), `the ${screen} scrolls sideways`).toBe(0);
    });
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
