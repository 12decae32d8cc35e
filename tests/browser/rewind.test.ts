// From any earlier choice point of a run, "try another answer" rewinds there: the new run
// shares what came before and goes on differently.
import { expect, it } from 'vitest';
import { openGame, savedSteps, useBrowser } from './browser.ts';

const browser = useBrowser();

it('rewinds to the first choice point from the story log and answers differently', async () => {
  const { page, errors } = await openGame(browser(), { locale: 'en-GB' });
  await page.click('[data-scenario="fight-about-nothing"]');
  await page.click('[data-begin]');
  await page.locator('[data-choices] button').first().waitFor();
  const firstOptions = await page.locator('[data-choices] button').allTextContents();
  for (let i = 0; i < 3; i++) await page.locator('[data-choices] button:not([aria-disabled])').first().click();
  const firstAnswer = await page.locator('.chosen p').first().textContent();
  expect(await page.locator('.chosen').count()).toBe(3);

  await page.click('[data-rewind="0"]');
  await page.waitForFunction(() => document.querySelectorAll('.chosen').length === 0);
  await page.locator('[data-choices] button').first().waitFor();
  expect(await page.locator('[data-choices] button').allTextContents()).toEqual(firstOptions);
  await page.locator('[data-choices] .choice-row').nth(2).locator('button').click();
  const newAnswer = await page.locator('.chosen p').first().textContent();
  expect(newAnswer).not.toEqual(firstAnswer);
  expect(newAnswer).toContain(firstOptions[2]?.replace(/^3/, '') ?? '');

  // The branch is saved too: a reload resumes it, not the run it came from.
  await expect.poll(() => savedSteps(page)).toBe(1);
  await page.reload();
  await page.waitForFunction(() => document.querySelectorAll('.chosen').length === 1);
  expect(await page.locator('.chosen p').first().textContent()).toEqual(newAnswer);
  expect(errors).toEqual([]);
  await page.context().close();
});
