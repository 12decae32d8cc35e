// The play screen reads like a story: after every answer the new passage is in view from
// its first line, at laptop, large-screen and phone sizes, in both languages, at the default
// and the largest text size; every ending's own passage is shown before the debrief; and
// what a screen reader meets after an answer is the new passage, once and in order.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openGame, storedRuns, useBrowser } from './browser.ts';
import { pathsToEndings } from './scenario-paths.ts';

const browser = useBrowser();

const SIZES = [
  { width: 1280, height: 720 },
  { width: 1920, height: 1080 },
  { width: 390, height: 844 },
];
const LOCALES = ['nl-NL', 'en-GB'];
const TEXT_SIZES = ['normal', 'larger'] as const;

/** Pick a text size the way a player does: in the settings dialog. */
async function setTextSize(page: Page, size: (typeof TEXT_SIZES)[number]): Promise<void> {
  if (size === 'normal') return;
  await page.click('.app-header [data-action="settings"]');
  await page.check(`#setting-text-size-${size}`);
  await page.click('[data-action="close-settings"]');
  expect(await page.evaluate(() => document.documentElement.dataset.textSize)).toBe(size);
}

/** Where the newest passage's first line is, against the window, the log and the reading area. */
const placement = (page: Page) =>
  page.evaluate(() => {
    const line = document.querySelector('.passage-start');
    const log = document.querySelector('[role="log"]');
    const area = document.querySelector('.reading');
    if (!line || !log || !area) return null;
    const box = (el: Element) => {
      const r = el.getBoundingClientRect();
      return { top: r.top, bottom: r.bottom };
    };
    return {
      line: box(line),
      log: box(log),
      area: box(area),
      window: { top: 0, bottom: window.innerHeight },
      text: line.textContent ?? '',
      focused: document.activeElement === line,
    };
  });

type Placement = NonNullable<Awaited<ReturnType<typeof placement>>>;
const inside = (p: Placement, frame: keyof Omit<Placement, 'line' | 'text' | 'focused'>) =>
  p.line.top >= p[frame].top - 1 && p.line.bottom <= p[frame].bottom + 1;

describe.each(SIZES)('at $width×$height', (size) => {
  it.each(LOCALES.flatMap((locale) => TEXT_SIZES.map((text) => ({ locale, text }))))(
    'in $locale with $text text, each new passage is in view from its first line',
    async ({ locale, text }) => {
      const { page, errors } = await openGame(browser(), { locale, viewport: size });
      await setTextSize(page, text);
      await page.click('[data-scenario="fight-about-nothing"]');
      await page.click('[data-begin]');
      await page.locator('[data-choices] button').first().waitFor();
      let answers = 0;
      let previous = '';
      for (;;) {
        const p = await placement(page);
        expect(p, 'a passage start is marked').not.toBeNull();
        if (!p) break;
        const where = `after answer ${answers} (${p.text.slice(0, 40)}…): ${JSON.stringify(p)}`;
        expect(p.text, `a new passage after answer ${answers}`).not.toBe(previous);
        expect(inside(p, 'window'), `in the window ${where}`).toBe(true);
        expect(inside(p, 'log'), `in the log ${where}`).toBe(true);
        expect(inside(p, 'area'), `in the reading area's visible part ${where}`).toBe(true);
        expect(p.focused, `focus on the first line ${where}`).toBe(true);
        previous = p.text;
        if (await page.locator('[data-action="look-back"]').isVisible()) break;
        const open = page.locator('[data-choices] button:not([aria-disabled])');
        const count = await open.count();
        // Vary the answers: the last option offered, then the first, and so on.
        await open.nth(answers % 2 === 0 ? count - 1 : 0).click();
        answers++;
        expect(answers).toBeLessThan(30);
      }
      expect(answers).toBeGreaterThanOrEqual(6);
      // The whole history stays there to scroll back to.
      expect(await page.locator('[role="log"] .chosen').count()).toBe(answers);
      await page.locator('.reading').evaluate((el) => {
        el.scrollTop = 0;
      });
      await expect(page.locator('[role="log"] > *').first().isVisible()).resolves.toBe(true);
      expect(errors).toEqual([]);
      await page.context().close();
    },
  );
});

describe('the endings of scenario 1', () => {
  const paths = pathsToEndings('fight-about-nothing', 'en');

  it('finds every ending', () => {
    expect(paths.map((p) => p.ending).sort()).toEqual(['burnout', 'fear', 'fragile', 'safety']);
  });

  it.each(paths)(
    'shows the $ending ending’s own passage in the log, then the debrief by a button',
    async ({ ending, picks, lastPassage }) => {
      const { page, errors } = await openGame(browser(), { locale: 'en-GB' });
      await page.click('[data-scenario="fight-about-nothing"]');
      await page.click('[data-begin]');
      for (const pick of picks) await page.locator('[data-choices] .choice-row').nth(pick).locator('button').click();

      // Still the play screen: the ending is read in the story first.
      expect(await page.locator('[data-ending]').count()).toBe(0);
      const log = page.locator('[role="log"]');
      const shown = (await log.locator('.line').allTextContents()).join('\n');
      for (const line of lastPassage) expect(shown).toContain(line);
      const start = await placement(page);
      expect(start && inside(start, 'window') && inside(start, 'area')).toBe(true);
      // Its first line is one of the ending passage's own lines.
      expect(lastPassage.some((line) => start?.text.includes(line))).toBe(true);
      // Its last line can be read: scrolled to, it is in view.
      const last = log.locator('.line:not(.stage-note)').last();
      await last.scrollIntoViewIfNeeded();
      await expect(last.isVisible()).resolves.toBe(true);
      expect(await last.textContent()).toContain(lastPassage[lastPassage.length - 1] ?? '');

      await page.getByRole('button', { name: 'Look back' }).click();
      await page.locator(`[data-ending="${ending}"]`).waitFor();
      // The debrief asks how the player is first, then says how it ended, in words.
      const order = await page.locator('.debrief > .check-in, .debrief > .ending').evaluateAll((els) => els.map((e) => e.className));
      expect(order[0]).toBe('check-in');
      expect(order[1]).toMatch(/^ending/);
      await expect(page.locator('.debrief .ending h3').textContent()).resolves.not.toBe('');
      expect(errors).toEqual([]);
      await page.context().close();
    },
  );

  it('keeps the finished run the moment it ends: a reload on the ending loses nothing', async () => {
    const [first] = paths;
    if (!first) throw new Error('no ending path');
    const { page } = await openGame(browser(), { locale: 'en-GB' });
    await page.click('[data-scenario="fight-about-nothing"]');
    await page.click('[data-begin]');
    for (const pick of first.picks) await page.locator('[data-choices] .choice-row').nth(pick).locator('button').click();
    await page.locator('[data-action="look-back"]').waitFor();
    // Saving is asynchronous (IndexedDB): the finished run is kept without the debrief.
    await expect.poll(() => keptEndings(page), { timeout: 15_000 }).toEqual([first.ending]);
    await page.reload();
    await page.waitForFunction(() => window.__dichtbij?.ready === true);
    await page.click('.app-header [data-action="library"]');
    // On a failure, say what the page showed instead (a loaded CI machine once timed out here).
    await page
      .locator(`[data-run-ending="${first.ending}"]`)
      .waitFor()
      .catch(async (error: unknown) => {
        const shown = await page.locator('body').innerText();
        throw new Error(`The kept run is not in the library; the page shows:\n${shown.slice(0, 1500)}`, { cause: error });
      });
    await expect(page.locator(`[data-run-ending="${first.ending}"]`).count()).resolves.toBe(1);
    await page.context().close();
  });
});

/** Endings of the runs kept under a kept run's key (not the current slot). */
const keptEndings = async (page: Page) =>
  (await storedRuns(page)).flatMap(({ key, value }) => {
    const ending = (value as { ending?: unknown } | null)?.ending;
    return key.startsWith('run:') && typeof ending === 'string' ? [ending] : [];
  });

const GOLDEN = resolve(dirname(new URL(import.meta.url).pathname), 'golden', 'after-first-choice.en.aria.txt');

describe('what a screen reader meets after an answer', () => {
  it('is the new passage, once and in order, from the focused first line to the choices (golden)', async () => {
    const { page, errors } = await openGame(browser(), { locale: 'en-GB' });
    await page.click('[data-scenario="fight-about-nothing"]');
    await page.click('[data-begin]');
    await page.locator('[data-choices] button').first().click();
    await page.locator('.passage-start').waitFor();

    // No live region speaks over the focus move: the log is not live, and no other live
    // region holds story text or the rewind button's words.
    await expect(page.getAttribute('[role="log"]', 'aria-live')).resolves.toBe('off');
    const live = await page
      .locator('[aria-live]:not([aria-live="off"]), [role="status"], [role="alert"]')
      .evaluateAll((els) => els.map((e) => e.textContent ?? '').join(' '));
    expect(live).not.toContain('Try another answer here');
    expect(live).not.toContain(await page.locator('.passage-start').textContent());

    // From the focused first line on: the new passage, the feedback, then the choices.
    const snapshot = await page.locator('.reading').ariaSnapshot();
    const lines = snapshot.split('\n');
    const rewind = lines.findLastIndex((l) => l.includes('Try another answer here'));
    expect(rewind).toBeGreaterThan(-1);
    const readOn = lines.slice(rewind + 1).join('\n');
    const focusedText = await page.evaluate(() => document.activeElement?.textContent ?? '');
    expect(readOn.split('\n')[0]).toContain(focusedText.split(':')[0]);
    expect(readOn).not.toContain('Try another answer here');

    // Each line of the passage once: no sentence said twice in a row, none repeated.
    const paragraphs = readOn
      .split('\n')
      .map((l) => l.trim())
      .filter((l) => l.startsWith('- paragraph'));
    expect(new Set(paragraphs).size).toBe(paragraphs.length);

    if (process.env.UPDATE_GOLDEN === '1' || !existsSync(GOLDEN)) {
      // Written once, read and checked by a person, and committed; from then on compared.
      mkdirSync(dirname(GOLDEN), { recursive: true });
      writeFileSync(GOLDEN, `${readOn}\n`);
      if (process.env.UPDATE_GOLDEN !== '1') throw new Error(`golden written to ${GOLDEN}: check it, commit it, run again`);
    }
    expect(`${readOn}\n`).toBe(readFileSync(GOLDEN, 'utf8'));
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
