// The circle as a count, as a player meets it: each "another round" and "a step out" said
// after an answer during play adds up to exactly the rounds and steps the debrief names.
import { expect, it } from 'vitest';
import { openGame, useBrowser } from './browser.ts';

const browser = useBrowser();
const ROUND_KINDS = ['personalize', 'pursue', 'label'];
const CARING_KINDS = ['attune', 'boundary', 'repair'];

it('says the same numbers of rounds and steps out during play as in the debrief', async () => {
  const { page, errors } = await openGame(browser(), { locale: 'en-GB' });
  await page.click('[data-scenario="fight-about-nothing"]');
  await page.click('[data-begin]');
  await page.locator('[data-choices] button').first().waitFor();
  // Alternate: a round where one is offered, then a caring answer; so both counts move.
  for (let turn = 0; !(await page.locator('[data-action="look-back"]').isVisible()); turn++) {
    const wanted = turn % 2 === 0 ? ROUND_KINDS : CARING_KINDS;
    const selector = wanted.map((k) => `[data-choices] button[data-kind="${k}"]:not([aria-disabled])`).join(', ');
    const preferred = page.locator(selector);
    const target = (await preferred.count()) > 0 ? preferred.first() : page.locator('[data-choices] button:not([aria-disabled])').first();
    await target.click();
    await page.locator('[data-choices] button, [data-action="look-back"]').first().waitFor();
  }
  const said = (await page.locator('[role="log"]').textContent()) ?? '';
  const count = (phrase: string) => said.split(phrase).length - 1;
  const rounds = count('Another round of the circle.');
  const stepsOut = count('A step out of the circle.');
  expect(rounds).toBeGreaterThan(0);
  expect(stepsOut).toBeGreaterThan(0);

  await page.click('[data-action="look-back"]');
  const pattern = page.locator('[data-rounds]');
  await pattern.waitFor();
  expect(Number(await pattern.getAttribute('data-rounds'))).toBe(rounds);
  expect(Number(await pattern.getAttribute('data-steps-out'))).toBe(stepsOut);
  expect(await pattern.textContent()).toContain(`${rounds === 1 ? 'One round' : `${rounds} rounds`} of the circle`);
  expect(errors).toEqual([]);
});
