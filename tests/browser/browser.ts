// Shared helpers for browser tests: a real Chromium, a page that records console errors
// and every request, and a few ways to act like a player.
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, inject } from 'vitest';
import { CHROMIUM_ARGS } from './chromium.ts';

export interface Watched {
  page: Page;
  errors: string[];
  requests: string[];
}

export async function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: inject('chromiumPath'), args: CHROMIUM_ARGS });
}

export async function openGame(
  browser: Browser,
  options: {
    locale: string;
    viewport?: { width: number; height: number };
    reducedMotion?: 'reduce' | 'no-preference';
    /** A context prepared by the test (e.g. with an init script); else a new one. */
    context?: BrowserContext;
    /** The offline worker precaches the whole game; only the offline test needs it. */
    serviceWorkers?: 'allow' | 'block';
  },
): Promise<Watched> {
  const context =
    options.context ??
    (await browser.newContext({
      locale: options.locale,
      viewport: options.viewport ?? { width: 1280, height: 720 },
      reducedMotion: options.reducedMotion ?? 'no-preference',
      serviceWorkers: options.serviceWorkers ?? 'block',
    }));
  const page = await context.newPage();
  const errors: string[] = [];
  const requests: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('request', (request) => requests.push(request.url()));
  await page.goto(inject('baseUrl'));
  await page.waitForFunction(() => window.__dichtbij?.ready === true);
  return { page, errors, requests };
}

export function baseOrigin(): string {
  return new URL(inject('baseUrl')).origin;
}

/** Text of the story log. */
export async function logText(page: Page): Promise<string> {
  return (await page.locator('[role="log"]').textContent()) ?? '';
}

/** Phaser's renderer type: 2 is WebGL, 1 is Canvas. */
export async function rendererType(page: Page): Promise<number | null> {
  return page.evaluate(() => {
    const game = window.__dichtbij.game as { renderer?: { type?: number } } | null;
    return game?.renderer?.type ?? null;
  });
}

export async function waitForStage(page: Page): Promise<void> {
  await page.waitForFunction(() => document.querySelector('.stage-slot')?.getAttribute('data-stage') === 'ready');
  await page.waitForFunction(() => {
    const game = window.__dichtbij.game as { isBooted?: boolean } | null;
    return game?.isBooted === true;
  });
}

/** A value the game keeps in IndexedDB (read straight from the database). */
export async function savedValue(page: Page, key: string): Promise<unknown> {
  return page.evaluate(
    (k) =>
      new Promise<unknown>((resolve) => {
        const open = indexedDB.open('dichtbij');
        open.onerror = () => resolve(undefined);
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains('runs')) return resolve(undefined);
          const get = db.transaction('runs').objectStore('runs').get(k);
          get.onsuccess = () => resolve(get.result);
          get.onerror = () => resolve(undefined);
        };
      }),
    key,
  );
}

/** How many choices the run saved as current holds. */
export async function savedSteps(page: Page): Promise<number | null> {
  const current = (await savedValue(page, 'current')) as { steps?: unknown[] } | undefined;
  return current?.steps?.length ?? null;
}

/** Everything the game keeps in IndexedDB's runs store, key and value (read straight from the database). */
export function storedRuns(page: Page): Promise<{ key: string; value: unknown }[]> {
  return page.evaluate(
    () =>
      new Promise<{ key: string; value: unknown }[]>((resolve) => {
        const open = indexedDB.open('dichtbij');
        open.onerror = () => resolve([]);
        open.onsuccess = () => {
          const db = open.result;
          const done = (found: { key: string; value: unknown }[]) => {
            db.close();
            resolve(found);
          };
          if (!db.objectStoreNames.contains('runs')) return done([]);
          const found: { key: string; value: unknown }[] = [];
          const cursor = db.transaction('runs').objectStore('runs').openCursor();
          cursor.onsuccess = () => {
            const at = cursor.result;
            if (!at) return done(found);
            found.push({ key: String(at.key), value: at.value });
            at.continue();
          };
          cursor.onerror = () => done([]);
        };
      }),
  );
}

/** Labels of the runs stored (current and kept). */
export async function savedLabels(page: Page): Promise<string[]> {
  return (await storedRuns(page)).flatMap(({ value }) => {
    const label = (value as { label?: unknown } | null)?.label;
    return typeof label === 'string' && label ? [label] : [];
  });
}

/** One Chromium for the tests of a file: launched before them, closed after. */
export function useBrowser(): () => Browser {
  let browser: Browser | null = null;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => {
    if (!browser) throw new Error('the browser is not running');
    return browser;
  };
}

/** Play on to the debrief: the first open option each time, or one of `kind` when offered;
 * at the ending's own passage, on by its "Look back" button. */
export async function playToEnd(page: Page, kind?: string): Promise<void> {
  while ((await page.locator('[data-ending]').count()) === 0) {
    const lookBack = page.locator('[data-action="look-back"]:visible');
    if ((await lookBack.count()) > 0) {
      await lookBack.click();
      continue;
    }
    const preferred = kind ? page.locator(`[data-choices] button[data-kind="${kind}"]:not([aria-disabled])`) : null;
    const target =
      preferred && (await preferred.count()) > 0 ? preferred.first() : page.locator('[data-choices] button:not([aria-disabled])').first();
    await target.click();
  }
}

/** From the menu, start a scenario with the default name and play it to its debrief. */
export async function finishScenario(page: Page, id = 'fight-about-nothing', kind?: string): Promise<void> {
  await page.click(`[data-scenario="${id}"]`);
  await page.click('[data-begin]');
  await playToEnd(page, kind);
}
