// The repair scenario starts from a rupture: after playing the fight about nothing, what
// you really did there carries over and the morning after tells it (or you choose it yourself).
import { expect, it } from 'vitest';
import { finishScenario, openGame, useBrowser } from './browser.ts';

const browser = useBrowser();

it('carries the rupture of the last fight into the morning after, and lets you choose instead', async () => {
  const { page, errors } = await openGame(browser(), { locale: 'en-GB' });
  // Hitting back wherever the fight offers it: keeping score, then the cruel remark.
  await finishScenario(page, 'fight-about-nothing', 'personalize');
  await page.click('[data-action="menu"]');

  await page.click('[data-scenario="the-morning-after"]');
  await expect(page.locator('[data-carried]').getAttribute('data-carried')).resolves.toBe('hit-back');
  await expect(page.locator('[data-carried]').textContent()).resolves.toMatch(/The fight about nothing/);
  await page.click('[data-begin]');
  await page.locator('[data-choices] button').first().waitFor();
  const told = (await page.locator('[role="log"]').textContent()) ?? '';
  expect(told).toContain("At least I don't ruin every nice evening we have.");
  expect(told).not.toMatch(/walked out|in the rain/);
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
