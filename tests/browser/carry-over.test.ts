// The repair scenario starts from a rupture: after playing the fight about nothing, what
// you did there carries over (or you choose it yourself).
import { expect, it } from 'vitest';
import { finishScenario, openGame, useBrowser } from './browser.ts';

const browser = useBrowser();

it('carries the rupture of the last fight into the morning after, and lets you choose instead', async () => {
  const { page, errors } = await openGame(browser(), { locale: 'en-GB' });
  await finishScenario(page, 'fight-about-nothing', 'label');
  await page.click('[data-action="menu"]');

  await page.click('[data-scenario="the-morning-after"]');
  await expect(page.locator('[data-carried]').getAttribute('data-carried')).resolves.toBe('labelled');
  await expect(page.locator('[data-carried]').textContent()).resolves.toMatch(/The fight about nothing/);
  await page.click('[data-begin]');
  await page.locator('[data-choices] button').first().waitFor();
  const kinds = await page.locator('[data-choices] button').evaluateAll((buttons) => buttons.map((b) => b.getAttribute('data-kind')));
  expect(
    kinds.every((k) => k === 'neutral'),
    'the "what happened last night" question is skipped',
  ).toBe(false);

  // Choosing yourself brings the question back.
  await page.click('[data-action="quit"]');
  await page.click('[data-scenario="the-morning-after"]');
  await page.check('#choose-self');
  await page.click('[data-begin]');
  await page.locator('[data-choices] button').first().waitFor();
  const asked = await page.locator('[data-choices] button').evaluateAll((buttons) => buttons.map((b) => b.getAttribute('data-kind')));
  expect(asked.every((k) => k === 'neutral')).toBe(true);
  expect(errors).toEqual([]);
});
