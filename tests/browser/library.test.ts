// The run library: a finished run is listed with its ending, can be labelled (kept over a
// reload), deleted and brought back with undo, and opened to look back.
import { expect, it } from 'vitest';
import { finishScenario, openGame, savedLabels, useBrowser } from './browser.ts';

const browser = useBrowser();

it('lists, labels, deletes with undo, and reopens a finished run', async () => {
  const { page, errors } = await openGame(browser(), { locale: 'en-GB' });
  await finishScenario(page);
  const ending = await page.getAttribute('[data-ending]', 'data-ending');

  await page.click('[data-action="library"]');
  const run = page.locator('.library-run').first();
  await run.waitFor();
  await expect(run.locator('[data-run-ending]').getAttribute('data-run-ending')).resolves.toBe(ending);
  await run.locator('input[type="text"]').fill('group A');
  await run.locator('input[type="text"]').press('Tab');
  await expect.poll(() => savedLabels(page)).toContain('group A');
  await page.reload();
  await page.click('[data-action="library"]');
  await expect(page.locator('.library-run input[type="text"]').first().inputValue()).resolves.toBe('group A');

  await page.locator('.library-run [data-action="delete"]').first().click();
  await expect.poll(() => page.locator('.library-run').count()).toBe(0);
  await page.click('[data-action="undo"]');
  await expect.poll(() => page.locator('.library-run').count()).toBe(1);

  await page.locator('.library-run [data-action="open"]').first().click();
  await expect(page.getAttribute('[data-ending]', 'data-ending')).resolves.toBe(ending);
  expect(errors).toEqual([]);
  await page.context().close();
});
