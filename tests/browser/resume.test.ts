// Closing or reloading the tab mid-scenario loses nothing: the run is saved after every
// choice (IndexedDB) and resumes with the same log, choices, meters and stage.
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { logText, openGame, savedSteps, savedValue, useBrowser } from './browser.ts';

const browser = useBrowser();

async function screenState(page: Page) {
  return {
    log: await logText(page),
    choices: await page.locator('[data-choices] button').allTextContents(),
    meters: await page
      .locator('[data-meter]')
      .evaluateAll((els) => els.map((e) => `${e.getAttribute('data-meter')}=${e.getAttribute('data-value')}`)),
    stage: await page.locator('.stage-text').textContent(),
    chosen: await page.locator('.chosen').count(),
  };
}

it('resumes exactly where the player was after a reload', async () => {
  const { page, errors } = await openGame(browser(), { locale: 'en-GB' });
  await page.click('[data-scenario="fight-about-nothing"]');
  await page.fill('#loved-name', 'Noa');
  await page.click('[data-begin]');
  for (const n of [2, 1, 3]) {
    await page.locator('[data-choices] button').first().waitFor();
    await page
      .locator('[data-choices] .choice-row')
      .nth(n - 1)
      .locator('button')
      .click();
  }
  await page.locator('[data-choices] button').first().waitFor();
  const before = await screenState(page);
  expect(before.chosen).toBe(3);

  await expect.poll(() => savedSteps(page)).toBe(3);
  await page.reload();
  await page.waitForFunction(() => document.querySelectorAll('.chosen').length === 3);
  await page.locator('[data-choices] button').first().waitFor();
  expect(await screenState(page)).toEqual(before);
  expect(errors).toEqual([]);

  // and it plays on from there
  await page.locator('[data-choices] button:not([aria-disabled])').first().click();
  await page.waitForFunction(() => document.querySelectorAll('.chosen').length === 4);
  await page.context().close();
});

it('keeps a run the player stepped out of on the menu, and resumes it from there', async () => {
  const { page, errors } = await openGame(browser(), { locale: 'nl-NL' });
  await page.click('[data-scenario="saturday-open-sunday-cold"]');
  await page.click('[data-begin]');
  await page.locator('[data-choices] button:not([aria-disabled])').first().click();
  await expect.poll(() => savedSteps(page)).toBe(1);
  await page.click('[data-action="quit"]');
  await expect.poll(() => savedValue(page, 'resume-on-load')).toBe(false);
  await page.reload();
  const resume = page.locator('[data-resume]');
  await resume.waitFor();
  await expect(resume.textContent()).resolves.toContain('Zaterdag open, zondag koud');
  await resume.click();
  await page.waitForFunction(() => document.querySelectorAll('.chosen').length === 1);
  expect(errors).toEqual([]);
  await page.context().close();
});
