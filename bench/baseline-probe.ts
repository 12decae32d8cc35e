// Measures the baseline page (bench/baseline): boot to its first choice, then the same
// scripted play as the game's, clicking its Phaser Text choices with the mouse.
import type { Browser } from 'playwright-core';
import { expectWebGl, frameTimes, jsGzipBefore, markTime, newPage, type PlayScript, type Served, throttle } from './page-tools.ts';

export const baselineScript = (durationMs: number, everyMs: number): PlayScript => ({
  durationMs,
  everyMs,
  nextChoice: (page) =>
    page.evaluate(() => {
      const rect = window.__baseline.choiceRects()[0];
      return rect ? { x: rect.x + rect.width / 2, y: rect.y + rect.height / 2 } : null;
    }),
});

async function boot(browser: Browser, served: Served) {
  const page = await newPage(browser, served.url);
  await page.goto(served.url);
  const bootMs = await markTime(page, 'baseline:first-choice');
  await expectWebGl(page, 'baseline');
  return { page, bootMs };
}

export async function measureBaselineLoad(
  browser: Browser,
  served: Served,
  script: PlayScript,
): Promise<{ bootMs: number; jsBeforeBoot: number; frames: number[] }> {
  const { page, bootMs } = await boot(browser, served);
  const jsBeforeBoot = await jsGzipBefore(page, served, bootMs);
  const frames = await frameTimes(page, script);
  await page.context().close();
  return { bootMs, jsBeforeBoot, frames };
}

export async function measureBaselineThrottled(browser: Browser, served: Served, script: PlayScript, rate: number): Promise<number[]> {
  const { page } = await boot(browser, served);
  await throttle(page, rate);
  const frames = await frameTimes(page, script);
  await page.context().close();
  return frames;
}

/**
 * The floor: the bare page idling at its first choice, nothing clicked. A game that draws
 * nothing new between answers should cost no more per frame than this.
 */
export async function measureBaselineIdle(browser: Browser, served: Served, durationMs: number, rate = 1): Promise<number[]> {
  const { page } = await boot(browser, served);
  if (rate > 1) await throttle(page, rate);
  const frames = await frameTimes(page, { durationMs, everyMs: durationMs, nextChoice: async () => null });
  await page.context().close();
  return frames;
}
