// Reliability: garbage in storage, storage that fails or is missing, a second tab, and
// hostile text in an imported file. Each time the game stays playable, says what
// happened, and loses nothing.
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { openGame, playToEnd, savedValue, useBrowser } from './browser.ts';

const browser = useBrowser();

async function startScenario(page: Page, id = 'fight-about-nothing') {
  await page.click(`[data-scenario="${id}"]`);
  await page.click('[data-begin]');
  await page.locator('[data-choices] button').first().waitFor();
}
const choose = (page: Page) => page.locator('[data-choices] button:not([aria-disabled])').first().click();

it('opens to a working menu with garbage in every stored key, says what it set aside, and plays', async () => {
  const { page, errors } = await openGame(browser(), { locale: 'en-GB' });
  await startScenario(page);
  await choose(page);
  await expect.poll(() => savedValue(page, 'current').then(Boolean)).toBe(true);
  const garbage = await page.evaluate(
    () =>
      new Promise<number>((resolve, reject) => {
        const open = indexedDB.open('dichtbij');
        open.onsuccess = () => {
          const store = open.result.transaction('runs', 'readwrite').objectStore('runs');
          const values: Record<string, unknown> = {
            current: '<img src=x onerror="window.__pwned=1">',
            'resume-on-load': { not: 'a flag' },
            'run:1-1': { steps: 'no', scenarioId: 42 },
            'run:2-2': null,
            'run:3-3': [1, 2, 3],
            'run:4-4': { __proto__: { polluted: true }, scenarioId: 'fight-about-nothing' },
          };
          for (const [key, value] of Object.entries(values)) store.put(value, key);
          store.transaction.oncomplete = () => resolve(Object.keys(values).length);
          store.transaction.onerror = () => reject(store.transaction.error);
        };
      }),
  );
  await page.evaluate(() => localStorage.setItem('dichtbij.prefs.v1', '{"lang": 5, "coach": "yes'));
  await page.reload();
  await page.waitForFunction(() => window.__dichtbij?.ready === true);
  await page.locator('.notice', { hasText: `${garbage - 1} saved runs could not be read and were set aside` }).waitFor();
  expect(await page.locator('[data-scenario]').count()).toBe(6);
  await startScenario(page);
  await choose(page);
  await choose(page);
  await expect.poll(() => savedValue(page, 'current').then((c) => (c as { steps?: unknown[] })?.steps?.length)).toBe(2);
  expect(await page.evaluate(() => (window as { __pwned?: unknown }).__pwned)).toBeUndefined();
  expect(errors).toEqual([]);
  await page.context().close();
});

it('plays on with saving off when IndexedDB is missing, and says so', async () => {
  const context = await browser().newContext({ locale: 'en-GB', serviceWorkers: 'block' });
  await context.addInitScript(() => {
    Object.defineProperty(window, 'indexedDB', { value: undefined, configurable: true });
  });
  const { page, errors } = await openGame(browser(), { locale: 'en-GB', context });
  await page.locator('.notice', { hasText: 'Saving is off' }).waitFor();
  await startScenario(page);
  await choose(page);
  expect(await page.locator('.chosen').count()).toBe(1);
  expect(errors).toEqual([]);
  await context.close();
});

it('tells the player when the device is full, and plays on', async () => {
  const context = await browser().newContext({ locale: 'nl-NL', serviceWorkers: 'block' });
  await context.addInitScript(() => {
    const put = IDBObjectStore.prototype.put;
    IDBObjectStore.prototype.put = function (this: IDBObjectStore, value: unknown, key?: IDBValidKey) {
      if (key === 'current') throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return put.call(this, value, key);
    };
  });
  const { page, errors } = await openGame(browser(), { locale: 'nl-NL', context });
  await startScenario(page);
  await choose(page);
  await page.locator('.notice', { hasText: 'geen ruimte meer' }).waitFor();
  await choose(page);
  expect(await page.locator('.chosen').count()).toBe(2);
  expect(errors.filter((e) => !e.includes('Saving failed'))).toEqual([]);
  await context.close();
});

it('keeps both runs when two tabs play the same run at once', async () => {
  const { page: first, errors } = await openGame(browser(), { locale: 'en-GB' });
  await startScenario(first);
  await choose(first);
  // A second tab reopens the run in play, and answers differently.
  const second = await first.context().newPage();
  await second.goto(first.url());
  await second.locator('.chosen').first().waitFor();
  await second.locator('[data-choices] button:not([aria-disabled])').nth(1).click();
  await first.locator('.notice', { hasText: 'also open in another tab' }).waitFor();
  await choose(first);
  await choose(first);
  await expect.poll(() => savedValue(second, 'current').then((c) => (c as { steps?: unknown[] })?.steps?.length)).toBe(2);
  const runs = await first.evaluate(
    () =>
      new Promise<{ steps: unknown[]; parent: { step: number } | null; startedAt: number }[]>((resolve) => {
        const open = indexedDB.open('dichtbij');
        open.onsuccess = () => {
          const all = open.result.transaction('runs').objectStore('runs').getAll();
          all.onsuccess = () => resolve(all.result.filter((r: { steps?: unknown }) => r && Array.isArray(r.steps)));
        };
      }),
  );
  const current = (await savedValue(second, 'current')) as { startedAt: number };
  // The first tab's three answers live on as a branch of the run the second tab goes on with.
  const branch = runs.find((r) => r.steps.length === 3);
  expect(branch?.parent?.step).toBe(1);
  expect(branch?.startedAt).not.toBe(current.startedAt);
  expect(errors).toEqual([]);
  await first.context().close();
});

it('shows HTML from an imported file as plain text, never as markup', async () => {
  const { page, errors } = await openGame(browser(), { locale: 'en-GB' });
  await startScenario(page);
  await playToEnd(page);
  await page.click('[data-action="library"]');
  const exported = await page.evaluate(
    () =>
      new Promise<unknown[]>((resolve) => {
        const open = indexedDB.open('dichtbij');
        open.onsuccess = () => {
          const all = open.result.transaction('runs').objectStore('runs').getAll();
          all.onsuccess = () => resolve(all.result.filter((r: { scenarioId?: unknown } | null) => r?.scenarioId));
        };
      }),
  );
  const evil = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>';
  const run = {
    ...(exported[0] as { steps: { text: string }[] }),
    startedAt: 5,
    label: evil,
    lovedOne: { name: '<b>Sam</b>', pronoun: 'she' },
  };
  const step = run.steps[0];
  if (step) step.text = evil;
  const file = join(tmpdir(), `dichtbij-evil-${Date.now()}.json`);
  writeFileSync(file, JSON.stringify({ format: 'dichtbij-runs', version: 1, exportedAt: 1, runs: [run] }));
  await page.setInputFiles('#import-file', file);
  await page.locator('.notice', { hasText: '1 run imported' }).waitFor();
  const item = page.locator('.library-run', { hasText: '<b>Sam</b>' });
  expect(await item.locator('input[type="text"]').inputValue()).toBe(evil);
  await item.locator('[data-action="open"]').click();
  await page.locator('.debrief').waitFor();
  await page.click('.table-details summary');
  expect(await page.locator('.choices-table tbody tr').first().locator('td').first().textContent()).toBe(evil);
  await page.click('[data-action="compare"]');
  await page.locator('section.compare').waitFor();
  expect(await page.locator('main img, main script, main b').count()).toBe(0);
  expect(await page.evaluate(() => (window as { __pwned?: unknown }).__pwned)).toBeUndefined();
  expect(errors).toEqual([]);
  await page.context().close();
});

it('says so, and stays in its language, when the other language cannot be fetched; and starts with a message in both when its own cannot', async () => {
  const { page } = await openGame(browser(), { locale: 'en-GB' });
  // The connection drops after the menu is drawn: the Dutch words never arrive.
  await page.route(/\/assets\/nl-[\w-]+\.js$/, (route) => route.abort());
  await page.click('.app-header [data-lang="nl"]');
  await expect.poll(() => page.locator('.notices').innerText()).toContain('The other language could not be loaded');
  await expect(page.locator('html').getAttribute('lang')).resolves.toBe('en');
  await expect(page.locator('.app-header [data-lang="en"]').getAttribute('aria-pressed')).resolves.toBe('true');
  // Back online, the same press switches.
  await page.unroute(/\/assets\/nl-[\w-]+\.js$/);
  await page.click('.app-header [data-lang="nl"]');
  await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('nl');

  // A first visit whose own language never arrives: a message in both languages and a way to try again, not a blank page.
  const blocked = await browser().newContext({ locale: 'nl-NL', serviceWorkers: 'block' });
  await blocked.route(/\/assets\/nl-[\w-]+\.js$/, (route) => route.abort());
  const first = await blocked.newPage();
  await first.goto(page.url());
  await first.locator('.fatal').waitFor();
  await expect(first.locator('.fatal').innerText()).resolves.toContain('Er ging onverwacht iets mis. / Something unexpected went wrong.');
  await expect(first.getByRole('button', { name: 'Opnieuw laden / Reload' }).count()).resolves.toBe(1);
  await blocked.close();
  await page.context().close();
});
