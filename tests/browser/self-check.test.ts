// The self-check, played like a person in nl and en: the statements before a scenario, a
// scenario, the statements again in the debrief with before and after in words; the
// calendar reminder parses and its link opens the look back with three moments side by
// side; an export of all runs carries the answers and an import brings them back; a skip
// rests one visit. axe finds nothing on the new screens, and the keys work.
import { readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ICAL from 'ical.js';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { SELF_CHECK_TEXTS } from '../../src/core/self-check-texts.ts';
import { dictionaries } from '../../src/ui/i18n/index.ts';
import { axeViolations, smallTargets } from './axe.ts';
import { baseOrigin, clearDevice, openGame, playToEnd, savedValue, storedRuns, useBrowser } from './browser.ts';

const browser = useBrowser();

async function accessible(page: Page, screen: string) {
  expect(await axeViolations(page), screen).toEqual([]);
  expect(await smallTargets(page), screen).toEqual([]);
}

/** Pick one point of the scale for each statement (by click; the first by keys). */
async function answer(page: Page, levels: readonly string[]) {
  const items = page.locator('.self-check-item');
  await items.first().waitFor();
  expect(await items.count()).toBe(5);
  // Keys: Tab to the first statement's scale, arrows move along it (native radio buttons).
  await page.locator('.self-check-item').first().locator('input').first().focus();
  await page.keyboard.press('Space');
  const steps = ['not-at-all', 'a-little', 'partly', 'mostly', 'completely'].indexOf(levels[0] ?? '');
  for (let i = 0; i < steps; i++) await page.keyboard.press('ArrowRight');
  for (const [i, level] of levels.entries()) {
    if (i === 0) continue;
    await items.nth(i).locator(`input[data-level="${level}"]`).check();
  }
  expect(await items.first().locator('input:checked').getAttribute('data-level')).toBe(levels[0]);
}

const download = async (page: Page, click: () => Promise<void>, name: string) => {
  const [file] = await Promise.all([page.waitForEvent('download'), click()]);
  const path = join(tmpdir(), `${Date.now()}-${name}`);
  await file.saveAs(path);
  return readFileSync(path, 'utf8');
};

describe.each(['nl', 'en'] as const)('the self-check in %s', (lang) => {
  const t = dictionaries[lang];
  const levels = SELF_CHECK_TEXTS[lang].levels;

  it('before, a scenario, after: the debrief says how the answers moved; the reminder brings back a look a week later; export and import carry it', async () => {
    const { page, errors, requests } = await openGame(browser(), { locale: lang === 'nl' ? 'nl-NL' : 'en-GB' });
    await page.click('[data-scenario="fight-about-nothing"]');
    await page.locator('[data-self-check-offer="offer"]').waitFor();
    await accessible(page, 'start screen with the offer');
    await page.click('[data-action="self-check"]');
    await page.locator('.self-check[data-moment="before"]').waitFor();
    await accessible(page, 'the statements');
    // Nothing picked: said plainly, nothing kept.
    await page.click('[data-action="self-check-save"]');
    await page.locator('.self-check [role="alert"]', { hasText: t.selfCheck.nothingAnswered }).waitFor();
    await answer(page, ['a-little', 'mostly', 'partly', 'partly', 'completely']);
    await page.keyboard.press('Enter');
    await page.locator('[data-self-check-offer="kept"]').waitFor();

    await page.click('[data-begin]');
    await playToEnd(page);
    await page.locator('.debrief-self-check', { hasText: t.selfCheck.offerAfter }).waitFor();
    await page.click('.debrief-self-check [data-action="self-check"]');
    await page.locator('.self-check[data-moment="after"]').waitFor();
    await answer(page, ['mostly', 'a-little', 'partly', 'mostly', 'completely']);
    await page.click('[data-action="self-check-save"]');

    const item = (id: string) => page.locator(`.debrief .compare-item[data-item="${id}"]`);
    await item('protection').waitFor();
    await accessible(page, 'debrief with the comparison');
    expect(await item('protection').locator('.shift').textContent()).toBe(t.selfCheck.shift.more('before', 'after'));
    expect(await item('silence').locator('.shift').textContent()).toBe(t.selfCheck.shift.less('before', 'after'));
    expect(await item('present').locator('.shift').textContent()).toBe(t.selfCheck.shift.same('before', 'after'));
    expect(await item('limit').locator('.shift').getAttribute('data-shift')).toBe('more');
    // Side by side, in words: the scale's own labels under "before" and "after".
    expect(await item('protection').locator('.moment dd').allTextContents()).toEqual([levels['a-little'], levels.mostly]);
    // No score anywhere: no numbers in the comparison.
    expect(await page.locator('.self-check-comparison').textContent()).not.toMatch(/\d/);

    const ics = await download(page, () => page.click('.debrief [data-action="reminder"]'), 'look-back.ics');
    expect(ics).toMatch(/^BEGIN:VCALENDAR\r\n/);
    for (const line of ics.split('\r\n')) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    const vevent = new ICAL.Component(ICAL.parse(ics)).getFirstSubcomponent('vevent');
    if (!vevent) throw new Error('the reminder has no event');
    const event = new ICAL.Event(vevent);
    expect(event.summary).toBe(t.selfCheck.icsSummary);
    const days = (event.startDate.toJSDate().getTime() - new Date().setHours(0, 0, 0, 0)) / 86_400_000;
    expect(Math.round(days)).toBe(7);
    const url = String(event.component.getFirstPropertyValue('url'));
    expect(new URL(url).origin).toBe(baseOrigin());

    // A week later, by the reminder's link: the statements once more, then three moments.
    await page.goto(url);
    await page.locator('.self-check[data-moment="later"]').waitFor();
    expect(page.url()).not.toContain('check=');
    await answer(page, ['completely', 'not-at-all', 'mostly', 'mostly', 'completely']);
    await page.click('[data-action="self-check-save"]');
    await page.locator('.self-check-side').waitFor();
    await accessible(page, 'three moments side by side');
    const protection = page.locator('.self-check-side .compare-item[data-item="protection"]');
    expect(await protection.locator('.moment dt').allTextContents()).toEqual([
      t.selfCheck.moments.before,
      t.selfCheck.moments.after,
      t.selfCheck.moments.later,
    ]);
    expect(await protection.locator('.shift[data-to="later"]').textContent()).toBe(t.selfCheck.shift.more('after', 'later'));

    // Export all, clear the device, import: the answers are back and listed with the runs.
    await page.click('.self-check-side [data-action="back"]');
    await page.click('[data-action="library"]');
    await page.locator('.library-check').waitFor();
    await accessible(page, 'runs with the self-checks');
    const exported = JSON.parse(await download(page, () => page.click('[data-action="export-all"]'), 'runs.json'));
    expect(exported.checks).toHaveLength(1);
    expect(exported.checks[0].before.answers.protection).toBe('a-little');
    expect(exported.checks[0].later.answers.protection).toBe('completely');
    const file = join(tmpdir(), `dichtbij-checks-${lang}-${Date.now()}.json`);
    writeFileSync(file, JSON.stringify(exported));
    await clearDevice(page);
    await page.reload();
    await page.click('[data-action="library"]');
    await page.locator('.library').waitFor();
    expect(await page.locator('.library-check').count()).toBe(0);
    await page.setInputFiles('#import-file', file);
    await page.locator('.library-check').waitFor();
    await page.click('.library-check [data-action="open-check"]');
    await page.locator('.self-check-side .compare-item').first().waitFor();
    expect(await page.locator('.self-check-side .moment[data-moment="later"]').count()).toBe(5);
    expect(await page.locator('.self-check-side .compare-item[data-item="silence"] .moment dd').allTextContents()).toEqual(
      (['mostly', 'a-little', 'not-at-all'] as const).map((level) => levels[level]),
    );

    expect(errors).toEqual([]);
    expect(requests.filter((r) => !r.startsWith(baseOrigin()) && !r.startsWith('blob:') && !r.startsWith('data:'))).toEqual([]);
    await page.context().close();
  });

  it('a skip is one press, and the next visit does not ask again; the one after does', async () => {
    const { page, errors } = await openGame(browser(), { locale: lang === 'nl' ? 'nl-NL' : 'en-GB' });
    const toStart = async () => {
      await page.click('[data-scenario="fight-about-nothing"]');
      await page.locator('#loved-name').waitFor();
    };
    // Begin, and step out again (a run in play would reopen on the next visit).
    const beginAndQuit = async () => {
      await page.click('[data-begin]');
      await page.locator('[data-choices] button').first().waitFor();
      await page.click('.play [data-action="quit"]');
      await page.locator('[data-scenario]').first().waitFor();
      // Stepping out is saved in the background; leave only once it has landed.
      await expect.poll(() => savedValue(page, 'resume-on-load')).toBe(false);
      await expect.poll(() => savedValue(page, 'check-offer')).toBe('skipped');
    };
    await toStart();
    await page.click('[data-action="self-check-skip"]');
    await page.locator('[data-self-check-offer="skipped"]', { hasText: t.selfCheck.skippedNote }).waitFor();
    await beginAndQuit();

    await page.goto(`${baseOrigin()}/`);
    await toStart();
    expect(await page.locator('[data-self-check-offer]').count()).toBe(0);

    await page.goto(`${baseOrigin()}/`);
    await toStart();
    await page.locator('[data-self-check-offer="offer"]').waitFor();
    // Beginning without answering says "not now" too.
    await beginAndQuit();
    await page.goto(`${baseOrigin()}/`);
    await toStart();
    expect(await page.locator('[data-self-check-offer]').count()).toBe(0);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

it('offers the look back on a visit a week after the first answers, and shows the three moments; a broken record is set aside and said', async () => {
  const t = dictionaries.en;
  const { page, errors } = await openGame(browser(), { locale: 'en-GB' });
  const eightDaysAgo = Date.now() - 8 * 86_400_000;
  // A check answered before and after playing, eight days ago (as the game keeps it).
  await page.evaluate(
    (at) =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('dichtbij');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction('runs', 'readwrite');
          tx.objectStore('runs').put(
            {
              startedAt: at,
              lang: 'en',
              before: { at, answers: { support: 'a-little' } },
              after: { at: at + 600_000, answers: { support: 'partly' } },
              later: null,
            },
            `check:${at}`,
          );
          // A record no version of the game wrote: an answer off the scale.
          tx.objectStore('runs').put({ startedAt: 1, lang: 'en', before: { at: 1, answers: { support: 'always' } } }, 'check:1');
          tx.oncomplete = () => resolve(null);
          tx.onerror = () => reject(tx.error);
        };
      }),
    eightDaysAgo,
  );
  await page.reload();
  await page.locator('.notice', { hasText: t.selfCheck.setAside(1) }).waitFor();
  const keys = (await storedRuns(page)).map((stored) => stored.key);
  // Kept apart, not deleted; the good check is still where it was.
  expect(keys.filter((k) => k.startsWith('set-aside:') && k.endsWith(':check:1'))).toHaveLength(1);
  expect(keys).toContain(`check:${eightDaysAgo}`);
  const offer = page.locator('.notice', { hasText: t.selfCheck.lookBackOffer });
  await offer.waitFor();
  await offer.getByRole('button', { name: t.selfCheck.lookBack }).click();
  await page.locator('.self-check[data-moment="later"]').waitFor();
  await page.locator('.self-check-item[data-item="support"] input[data-level="mostly"]').check();
  await page.click('[data-action="self-check-save"]');
  const support = page.locator('.self-check-side .compare-item[data-item="support"]');
  await support.waitFor();
  expect(await support.locator('.moment dd').allTextContents()).toEqual(['A little', 'Partly', 'Mostly']);
  // Looked back on: the next visit does not offer it again.
  await page.reload();
  await page.locator('[data-scenario]').first().waitFor();
  await page.waitForTimeout(500);
  expect(await page.locator('.notice', { hasText: t.selfCheck.lookBackOffer }).count()).toBe(0);
  expect(errors).toEqual([]);
  await page.context().close();
});

it('keeps Begin where it is when the offer’s code arrives late: the start screen waits for it', async () => {
  const context = await browser().newContext({ locale: 'en-GB', viewport: { width: 1280, height: 720 }, serviceWorkers: 'block' });
  // A slow connection: the self-check's code comes two seconds after the menu.
  await context.route(/\/assets\/self-check-view-[\w-]+\.js$/, async (route) => {
    await new Promise((done) => setTimeout(done, 2000));
    await route.continue();
  });
  const { page, errors } = await openGame(browser(), { locale: 'en-GB', context });
  await page.click('[data-scenario="fight-about-nothing"]');
  const begin = page.locator('[data-begin]');
  await begin.waitFor();
  const first = await begin.boundingBox();
  // Once on screen, the start screen already holds the offer: nothing arrives to push Begin down.
  await expect(page.locator('.self-check-pending').count()).resolves.toBe(0);
  await page.waitForTimeout(500);
  expect(await begin.boundingBox()).toEqual(first);
  await begin.click();
  await page.locator('[data-choices] button').first().waitFor();
  expect(errors).toEqual([]);
  await context.close();
});
