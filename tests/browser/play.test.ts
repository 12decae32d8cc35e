import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { ENDINGS } from '../../src/core/protocol.ts';
import { baseOrigin, logText, openGame, rendererType, useBrowser, waitForStage } from './browser.ts';

const browser = useBrowser();

async function stagePixels(page: Page): Promise<Buffer> {
  return page.locator('.stage-slot canvas').screenshot();
}

describe('scenario 1 in Chromium', () => {
  it('plays from menu to debrief in English with the mouse, on WebGL, with no stray requests', async () => {
    const { page, errors, requests } = await openGame(browser(), { locale: 'en-GB' });
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    await page.getByRole('heading', { name: 'Choose a moment' }).waitFor();
    await page.click('[data-scenario="fight-about-nothing"]');
    await page.fill('#loved-name', 'Robin');
    await page.check('#pronoun-she');
    await page.click('[data-begin]');
    await page.locator('[data-choices] button').first().waitFor();
    await waitForStage(page);
    expect(await rendererType(page)).toBe(2);
    expect(await logText(page)).toContain('Robin');

    await page.waitForTimeout(1200);
    const before = await stagePixels(page);
    let choices = 0;
    while (!(await page.locator('[data-action="look-back"]').isVisible())) {
      const enabled = page.locator('[data-choices] button:not([aria-disabled])');
      const count = await enabled.count();
      expect(count, 'a choice point must offer an option that is not crossed out').toBeGreaterThan(0);
      // Vary the answers: the last option offered, then the first, and so on.
      await enabled.nth(choices % 2 === 0 ? count - 1 : 0).click();
      choices++;
      if (choices === 1) {
        await page.waitForTimeout(1500);
        const after = await stagePixels(page);
        expect(after.equals(before), 'the stage should change after a choice').toBe(false);
        const feedback = await page.locator('.feedback').last().textContent();
        expect(feedback).toMatch(/What your answer did/);
      }
      expect(choices).toBeLessThan(30);
    }
    await page.click('[data-action="look-back"]');
    expect(choices).toBeGreaterThanOrEqual(6);
    const ending = await page.getAttribute('[data-ending]', 'data-ending');
    expect(ENDINGS).toContain(ending);
    await expect(page.locator('.meter-chart polyline').count()).resolves.toBe(3);
    expect(await page.locator('[data-try-again]').count()).toBeGreaterThan(0);
    expect(errors).toEqual([]);
    const foreign = requests.filter((url) => !url.startsWith(baseOrigin()) && !url.startsWith('data:') && !url.startsWith('blob:'));
    expect(foreign).toEqual([]);
    await page.context().close();
  });

  it('plays in Dutch with the keyboard alone, focus moving to each new set of choices', async () => {
    const { page, errors } = await openGame(browser(), { locale: 'nl-NL' });
    expect(await page.getAttribute('html', 'lang')).toBe('nl');
    await page.getByRole('heading', { name: 'Kies een moment' }).waitFor();

    const focused = () =>
      page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        return {
          scenario: el?.dataset.scenario ?? null,
          begin: el?.hasAttribute('data-begin') ?? false,
          choice: el?.classList.contains('choice') ?? false,
          text: el?.textContent ?? '',
        };
      });
    let tabs = 0;
    while ((await focused()).scenario !== 'fight-about-nothing') {
      await page.keyboard.press('Tab');
      expect(++tabs).toBeLessThan(40);
    }
    await page.keyboard.press('Enter');
    await page.locator('#loved-name').waitFor();
    tabs = 0;
    while (!(await focused()).begin) {
      await page.keyboard.press('Tab');
      expect(++tabs).toBeLessThan(30);
    }
    await page.keyboard.press('Enter');
    await page.locator('[data-choices] button').first().waitFor();
    expect(await logText(page)).toContain('Sam');

    let choices = 0;
    while (!(await page.locator('[data-action="look-back"]').isVisible())) {
      // Focus is on the first line of the newest passage, where reading goes on.
      const start = await page.locator('.passage-start').textContent();
      expect((await focused()).text, `focus should be on the new passage at point ${choices + 1}`).toBe(start);
      // Keys 1-9 choose: press the number of the second option when it is open, else the first.
      const numbers = await page.locator('[data-choices] button:not([aria-disabled]) .choice-number').allTextContents();
      const key = numbers[1] ?? numbers[0];
      expect(key).toBeDefined();
      await page.keyboard.press(key ?? '1');
      choices++;
      expect(choices).toBeLessThan(30);
    }
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    expect(choices).toBeGreaterThanOrEqual(6);
    await page.locator('[data-ending]').waitFor();
    expect(ENDINGS).toContain(await page.getAttribute('[data-ending]', 'data-ending'));
    await expect(page.getByRole('heading', { name: /Terugkijken/ }).isVisible()).resolves.toBe(true);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('opens the pause with its grounding exercise by key, and returns to the same choice', async () => {
    const { page } = await openGame(browser(), { locale: 'en-GB' });
    await page.click('[data-scenario="fight-about-nothing"]');
    await page.click('[data-begin]');
    const firstChoice = await page.locator('[data-choices] button').first().textContent();
    await page.keyboard.press('p');
    const dialog = page.getByRole('dialog', { name: 'Pause' });
    await dialog.waitFor();
    await expect(dialog.locator('.grounding-step').textContent()).resolves.toMatch(/feet/);
    await page.keyboard.press('1');
    expect(await page.locator('.chosen').count()).toBe(0);
    await page.keyboard.press('Escape');
    await expect(dialog.count()).resolves.toBe(0);
    expect(await page.locator('[data-choices] button').first().textContent()).toBe(firstChoice);
    await page.context().close();
  });
});
