// Offline play: after one visit the service worker holds the whole game, so with the
// network gone a reload still opens the menu and a scenario plays, stage and all.
import { expect, it } from 'vitest';
import { openGame, rendererType, useBrowser, waitForStage } from './browser.ts';

const browser = useBrowser();

it('plays a scenario offline after a first visit', async () => {
  const { page, errors } = await openGame(browser(), { locale: 'nl-NL', serviceWorkers: 'allow' });
  // The first visit opens a scenario: once its first choices are on screen the worker is
  // registered, and it takes control once it has stored every file of the game.
  await page.click('[data-scenario="fight-about-nothing"]');
  await page.click('[data-begin]');
  await page.locator('[data-choices] button').first().waitFor();
  await page.waitForFunction(() => navigator.serviceWorker?.controller !== null && navigator.serviceWorker?.controller !== undefined);
  const manifest = await page.evaluate(() => document.querySelector('link[rel="manifest"]')?.getAttribute('href'));
  expect(manifest).toBeTruthy();

  await page.context().setOffline(true);
  await page.reload();
  await page.waitForFunction(() => window.__dichtbij?.ready === true);
  // The reload resumes the run in play; step out of it and start another scenario.
  await page.locator('[data-action="quit"]').click();
  await page.click('[data-scenario="two-days-of-silence"]');
  await page.fill('#loved-name', 'Jip');
  await page.click('[data-begin]');
  await page.locator('[data-choices] button').first().waitFor();
  await waitForStage(page);
  expect(await rendererType(page)).toBe(2);
  for (let i = 0; i < 2; i++) {
    await page.locator('[data-choices] button:not([aria-disabled])').first().click();
    await page.locator('.chosen').nth(i).waitFor();
  }
  await page.locator('[data-choices] button').first().waitFor();
  expect(await page.locator('.feedback').count()).toBeGreaterThan(0);
  expect(errors).toEqual([]);
  // Really offline: what the worker does not hold cannot be fetched.
  expect(
    await page.evaluate(() =>
      fetch(`/not-in-the-cache-${Date.now()}`).then(
        () => 'online',
        () => 'offline',
      ),
    ),
  ).toBe('offline');
  await page.context().close();
});
