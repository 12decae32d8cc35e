// Settings: reachable from the menu and from play, applied live, remembered on this
// device; the dyslexia-friendly font is only fetched when chosen; harsh lines can be
// summarised; the inner voice and coach notes can be hidden.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations } from './axe.ts';
import { openGame, useBrowser, waitForStage } from './browser.ts';

const browser = useBrowser();

async function openSettings(page: Page) {
  await page.click('.app-header [data-action="settings"]');
  const dialog = page.getByRole('dialog', { name: 'Settings' });
  await dialog.waitFor();
  return dialog;
}

const htmlData = (page: Page) => page.evaluate(() => ({ ...document.documentElement.dataset }));
const visible = (page: Page, selector: string) =>
  page.locator(selector).evaluateAll((els) => els.filter((el) => (el as HTMLElement).offsetParent !== null).length);

describe('settings', () => {
  it('apply at once, fetch the dyslexia font only when chosen, and are remembered after a reload', async () => {
    const { page, requests, errors } = await openGame(browser(), { locale: 'en-GB' });
    await page.locator('[data-scenario]').first().waitFor();
    expect(await htmlData(page)).toMatchObject({ textSize: 'normal', contrast: 'normal', font: 'default', motion: 'full' });
    const rootSize = () => page.evaluate(() => getComputedStyle(document.documentElement).fontSize);
    expect(await rootSize()).toBe('18px');
    expect(requests.filter((url) => /opendyslexic/i.test(url))).toEqual([]);

    const dialog = await openSettings(page);
    // Focus starts inside the dialog, on its first setting.
    expect(await page.evaluate(() => document.activeElement?.closest('dialog') !== null)).toBe(true);
    await dialog.getByLabel('Largest').check();
    expect(await rootSize()).toBe('24px');
    await dialog.getByLabel('High contrast').check();
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor)).toBe('rgb(255, 255, 255)');
    await dialog.getByLabel(/Dyslexia-friendly font/).check();
    await page.waitForFunction(() => [...document.fonts].some((f) => f.family.includes('OpenDyslexic') && f.status === 'loaded'));
    expect(await page.evaluate(() => getComputedStyle(document.body).fontFamily)).toMatch(/^"?OpenDyslexic/);
    expect(requests.filter((url) => /opendyslexic/i.test(url)).length).toBeGreaterThan(0);
    expect(requests.every((url) => url.startsWith(new URL(page.url()).origin))).toBe(true);
    await page.keyboard.press('Escape');
    // Focus returns to the button that opened the dialog.
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-action'))).toBe('settings');
    expect(await axeViolations(page), 'high contrast, largest text, dyslexia font').toEqual([]);

    await page.reload();
    await page.waitForFunction(() => window.__dichtbij?.ready === true);
    expect(await htmlData(page)).toMatchObject({ textSize: 'larger', contrast: 'high', font: 'dyslexic' });
    const again = await openSettings(page);
    expect(await again.getByLabel('Largest').isChecked()).toBe(true);
    expect(await again.getByLabel('High contrast').isChecked()).toBe(true);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('summarise harsh lines and hide the inner voice and coach notes while playing', async () => {
    const { page, errors } = await openGame(browser(), { locale: 'en-GB' });
    await page.click('[data-scenario="fight-about-nothing"]');
    await page.click('[data-begin]');
    // Answer by pressing for an explanation until a harsh line has been said.
    for (let i = 0; (await page.locator('.intense').count()) === 0; i++) {
      expect(i, 'a harsh line within the first choices').toBeLessThan(6);
      const pursue = page.locator('[data-choices] button[data-kind="pursue"]:not([aria-disabled])');
      await ((await pursue.count()) > 0 ? pursue.first() : page.locator('[data-choices] button:not([aria-disabled])').first()).click();
    }
    const harsh = page.locator('.intense').first();
    await expect(harsh.locator('.intense-full').isVisible()).resolves.toBe(true);
    await expect(harsh.locator('.intense-summary').isVisible()).resolves.toBe(false);
    expect(await visible(page, '.line.inner')).toBeGreaterThan(0);
    expect(await visible(page, '.line.coach')).toBeGreaterThan(0);

    const dialog = await openSettings(page);
    await dialog.getByLabel('Summarise them').check();
    await dialog.getByLabel('Show the inner voice').uncheck();
    await dialog.getByLabel('Show the coach notes').uncheck();
    await expect(harsh.locator('.intense-full').isVisible()).resolves.toBe(false);
    await expect(harsh.locator('.intense-summary').textContent()).resolves.toMatch(/^Summarised: A cruel remark/);
    expect(await visible(page, '.line.inner')).toBe(0);
    expect(await visible(page, '.line.coach')).toBe(0);
    await dialog.getByRole('button', { name: 'Done' }).click();
    // The play screen was not redrawn: focus is back where it was, and the run goes on.
    const choice = page.locator('[data-choices] button:not([aria-disabled])').first();
    await choice.click();
    await page.locator('.chosen').nth(1).waitFor();
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

/**
 * Tweens running in the stage scene after a choice is clicked: the most seen over the next
 * three animation frames (a choice's motion starts on the frame that paints its text).
 */
async function tweensAfterChoice(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        document.querySelector<HTMLButtonElement>('[data-choices] button:not([aria-disabled])')?.click();
        const game = window.__dichtbij.game as { scene: { getScene(key: string): { tweens: { getTweens(): unknown[] } } } };
        let most = 0;
        let left = 3;
        const look = () => {
          most = Math.max(most, game.scene.getScene('stage').tweens.getTweens().length);
          if (--left <= 0) resolve(most);
          else requestAnimationFrame(look);
        };
        requestAnimationFrame(look);
      }),
  );
}

/** The most tweens seen over the next `frames` animation frames. */
async function tweensOverFrames(page: Page, frames: number): Promise<number> {
  return page.evaluate(
    (n) =>
      new Promise<number>((resolve) => {
        const game = window.__dichtbij.game as { scene: { getScene(key: string): { tweens: { getTweens(): unknown[] } } } };
        let most = 0;
        let left = n;
        const look = () => {
          most = Math.max(most, game.scene.getScene('stage').tweens.getTweens().length);
          if (--left <= 0) resolve(most);
          else requestAnimationFrame(look);
        };
        requestAnimationFrame(look);
      }),
    frames,
  );
}

async function startScenario(page: Page) {
  await page.click('[data-scenario="fight-about-nothing"]');
  await page.click('[data-begin]');
  await page.locator('[data-choices] button').first().waitFor();
  await waitForStage(page);
}

describe('reduced motion', () => {
  it('the stage animates a choice when motion is allowed', async () => {
    const { page } = await openGame(browser(), { locale: 'en-GB' });
    await startScenario(page);
    expect(await tweensAfterChoice(page)).toBeGreaterThan(0);
    await page.context().close();
  });

  it('forced in the settings: the stage cuts instead of moving, and the breathing circle stands still', async () => {
    const { page } = await openGame(browser(), { locale: 'en-GB' });
    const dialog = await openSettings(page);
    await dialog.getByLabel('Reduce motion').check();
    await page.keyboard.press('Escape');
    expect((await htmlData(page)).motion).toBe('reduce');
    await startScenario(page);
    for (let i = 0; i < 3; i++) {
      expect(await tweensAfterChoice(page)).toBe(0);
      expect(await tweensOverFrames(page, 10)).toBe(0);
      await page.locator('[data-choices] button').first().waitFor();
    }
    await page.keyboard.press('p');
    await page.locator('dialog.pause').waitFor();
    expect(await page.locator('.breath-circle').evaluate((el) => getComputedStyle(el).animationName)).toBe('none');
    await page.context().close();
  });

  it('asked for by the system: the stage cuts too', async () => {
    const { page } = await openGame(browser(), { locale: 'nl-NL', reducedMotion: 'reduce' });
    expect((await htmlData(page)).motion).toBe('reduce');
    await startScenario(page);
    expect(await tweensAfterChoice(page)).toBe(0);
    expect(await tweensOverFrames(page, 10)).toBe(0);
    await page.context().close();
  });

  it('switched on mid-scene: running tweens stop at once', async () => {
    const { page } = await openGame(browser(), { locale: 'en-GB' });
    await startScenario(page);
    expect(await tweensAfterChoice(page)).toBeGreaterThan(0);
    const dialog = await openSettings(page);
    await dialog.getByLabel('Reduce motion').check();
    expect(await tweensOverFrames(page, 5)).toBe(0);
    await page.context().close();
  });
});
