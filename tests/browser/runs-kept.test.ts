// Issue 14: labelling or deleting the run the player rewound away from, in "Your runs",
// must never touch the branch being played: after a reload both runs are listed (or only
// the branch, after a delete) and the game continues the branch.
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { openGame, savedLabels, savedSteps, savedValue, storedRuns, useBrowser } from './browser.ts';

const browser = useBrowser();

const pick = (page: Page, n: number) => page.locator('[data-choices] .choice-row').nth(n).locator('button').click();
const chosenTexts = (page: Page) => page.locator('.chosen p').allTextContents();

/** Every key the game keeps in IndexedDB. */
const storedKeys = async (page: Page) => (await storedRuns(page)).map((r) => r.key);

/** The library's id of the run saved as current (its start and seed). */
async function currentRunId(page: Page): Promise<string> {
  const current = (await savedValue(page, 'current')) as { startedAt: number; seed: number } | undefined;
  if (!current) throw new Error('no current run is saved');
  return `run-${current.startedAt}-${current.seed}`;
}

for (const locale of ['en-GB', 'nl-NL']) {
  for (const action of ['label', 'delete'] as const) {
    it(`keeps the branch when the run rewound away from gets a ${action} (${locale})`, async () => {
      const { page, errors } = await openGame(browser(), { locale });
      await page.click('[data-scenario="fight-about-nothing"]');
      await page.click('[data-begin]');
      for (let i = 0; i < 3; i++) {
        await page.locator('[data-choices] button:not([disabled])').first().waitFor();
        await page.locator('[data-choices] button:not([disabled])').first().click();
      }
      await page.waitForFunction(() => document.querySelectorAll('.chosen').length === 3);

      // "Try another answer here" at the first choice, then two choices of the branch.
      await page.click('[data-rewind="0"]');
      await page.waitForFunction(() => document.querySelectorAll('.chosen').length === 0);
      await pick(page, 2);
      await page.locator('[data-choices] button:not([disabled])').first().click();
      await page.waitForFunction(() => document.querySelectorAll('.chosen').length === 2);
      await expect.poll(() => savedSteps(page)).toBe(2);
      const branch = await chosenTexts(page);
      const branchId = await currentRunId(page);

      await page.click('[data-action="library"]');
      await expect.poll(() => page.locator('.library-run').count()).toBe(2);
      const old = page.locator(`.library-run:not([data-run="${branchId}"])`);
      const oldKey = (await old.getAttribute('data-run'))?.replace(/^run-/, '');
      if (action === 'label') {
        await old.locator('input[type="text"]').fill('before the branch');
        await old.locator('input[type="text"]').press('Tab');
      } else {
        await old.locator('[data-action="delete"]').click();
        await expect.poll(() => page.locator('.library-run').count()).toBe(1);
      }
      // Let the store settle before the reload.
      if (action === 'label') await expect.poll(() => savedLabels(page)).toContain('before the branch');
      else await expect.poll(() => storedKeys(page)).not.toContain(`run:${oldKey}`);

      await page.reload();
      await page.waitForFunction(() => document.querySelectorAll('.chosen').length === 2);
      expect(await chosenTexts(page)).toEqual(branch);
      await page.locator('[data-choices] button:not([disabled])').first().waitFor();

      await page.click('[data-action="library"]');
      const expected = action === 'label' ? 2 : 1;
      await expect.poll(() => page.locator('.library-run').count()).toBe(expected);
      await expect(page.locator(`.library-run[data-run="${branchId}"]`).count()).resolves.toBe(1);
      if (action === 'label') {
        await expect(old.locator('input[type="text"]').inputValue()).resolves.toBe('before the branch');
      }
      // And the branch plays on from the library.
      await page.locator(`.library-run[data-run="${branchId}"] [data-action="open"]`).click();
      await page.waitForFunction(() => document.querySelectorAll('.chosen').length === 2);
      await page.locator('[data-choices] button:not([disabled])').first().click();
      await page.waitForFunction(() => document.querySelectorAll('.chosen').length === 3);
      expect(errors).toEqual([]);
      await page.context().close();
    });
  }
}
