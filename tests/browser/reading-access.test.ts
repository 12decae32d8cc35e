// Reading with the keyboard and a screen reader, and what a player needs after a hard
// ending: crossed-out options reachable with their reason, the story marked with its own
// language, single-key shortcuts that can be turned off, pause and help on the debrief
// (support without a crisis, numbers that dial), pickers and Back that keep focus, a page
// title per screen, a transcript of the whole run, and a breathing pace without motion.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations, smallTargets } from './axe.ts';
import { finishScenario, openGame, playToEnd, useBrowser } from './browser.ts';
import { pathToCrossedOut } from './scenario-paths.ts';

const browser = useBrowser();

const focused = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    return {
      id: el?.id ?? '',
      action: el?.dataset.action ?? null,
      crossed: el?.getAttribute('aria-disabled') === 'true',
      passageStart: el?.classList.contains('passage-start') ?? false,
      text: el?.textContent?.trim() ?? '',
    };
  });

async function tabTo(page: Page, found: (f: Awaited<ReturnType<typeof focused>>) => boolean, limit = 30): Promise<void> {
  for (let tabs = 0; !found(await focused(page)); tabs++) {
    expect(tabs, 'reachable with Tab').toBeLessThan(limit);
    await page.keyboard.press('Tab');
  }
}

async function expectAccessible(page: Page, screen: string): Promise<void> {
  expect(await axeViolations(page), `axe on ${screen}`).toEqual([]);
  expect(await smallTargets(page), `44 px targets on ${screen}`).toEqual([]);
}

async function begin(page: Page): Promise<void> {
  await page.click('[data-scenario="fight-about-nothing"]');
  await page.click('[data-begin]');
  await page.locator('[data-choices] button').first().waitFor();
}

describe('reading with the keyboard and a screen reader', () => {
  it('reaches a crossed-out option by keyboard, with its reason as its description; choosing it does nothing', async () => {
    const { picks, crossed } = pathToCrossedOut('fight-about-nothing', 'en');
    const { page, errors } = await openGame(browser(), { locale: 'en-GB' });
    await begin(page);
    for (const pick of picks) await page.locator('[data-choices] .choice-row').nth(pick).locator('button').click();
    const option = page.locator('[data-choices] .choice-row').nth(crossed).locator('button');
    await expect(option.getAttribute('aria-disabled')).resolves.toBe('true');
    await expect(option.isDisabled()).resolves.toBe(true);

    expect((await focused(page)).passageStart).toBe(true);
    await tabTo(page, (f) => f.crossed);
    const reason = await page.evaluate(() => {
      const el = document.activeElement;
      const ids = el?.getAttribute('aria-describedby')?.split(' ') ?? [];
      return ids.map((id) => document.getElementById(id)?.textContent ?? '').join(' ');
    });
    expect(reason).toBe('You have nothing left to give right now. Look after yourself first.');
    const answered = await page.locator('.chosen').count();
    await page.keyboard.press('Enter');
    await page.keyboard.press(String(crossed + 1));
    expect(await page.locator('.chosen').count()).toBe(answered);
    expect((await focused(page)).crossed).toBe(true);
    await expectAccessible(page, 'a choice with a crossed-out option');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('marks the story with its own language when the interface switches mid-scenario', async () => {
    const { page, errors } = await openGame(browser(), { locale: 'nl-NL' });
    await begin(page);
    await page.locator('[data-choices] button:not([aria-disabled])').first().click();
    await page.click('.lang-switch button:has-text("EN")');
    // The English words are fetched on the switch (their own chunk).
    await expect.poll(() => page.getAttribute('html', 'lang')).toBe('en');
    // The interface is English now; the run's story stays Dutch, and says so.
    await expect(page.locator('.chosen .label').first().textContent()).resolves.toBe('You: ');
    const story = await page
      .locator('[role="log"] .line:not(.stage-note):not(.feedback) > span:not(.label)')
      .evaluateAll((els) => els.map((e) => e.getAttribute('lang')));
    expect(story.length).toBeGreaterThan(3);
    expect(new Set(story)).toEqual(new Set(['nl']));
    const options = await page.locator('[data-choices] .choice-text').evaluateAll((els) => els.map((e) => e.getAttribute('lang')));
    expect(new Set(options)).toEqual(new Set(['nl']));
    await expect(page.getAttribute('#play-heading', 'lang')).resolves.toBe('nl');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('turns single-key shortcuts off in the settings, and on again', async () => {
    const { page, errors } = await openGame(browser(), { locale: 'en-GB' });
    await page.click('.app-header [data-action="settings"]');
    await page.uncheck('#setting-shortcuts');
    await page.click('[data-action="close-settings"]');
    await begin(page);
    await expect(page.locator('.keys-hint').isVisible()).resolves.toBe(false);
    await page.locator('.passage-start').focus();
    await page.keyboard.press('1');
    await page.keyboard.press('p');
    expect(await page.locator('.chosen').count()).toBe(0);
    expect(await page.locator('dialog[open]').count()).toBe(0);

    await page.click('.app-header [data-action="settings"]');
    await page.check('#setting-shortcuts');
    await page.click('[data-action="close-settings"]');
    await expect(page.locator('.keys-hint').isVisible()).resolves.toBe(true);
    await page.locator('.passage-start').focus();
    const open = await page.locator('[data-choices] button:not([aria-disabled]) .choice-number').first().textContent();
    await page.keyboard.press(open ?? '1');
    expect(await page.locator('.chosen').count()).toBe(1);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('names the screen in the page title', async () => {
    const { page } = await openGame(browser(), { locale: 'en-GB' });
    await page.locator('[data-scenario]').first().waitFor();
    expect(await page.title()).toMatch(/^Choose a moment · Dichtbij$/);
    await begin(page);
    expect(await page.title()).toBe('The fight about nothing · Dichtbij');
    await playToEnd(page);
    expect(await page.title()).toBe('Looking back: The fight about nothing · Dichtbij');
    await page.context().close();
  });
});

describe('after a hard ending', () => {
  it('opens the debrief with a check-in, with pause (button and P) and help beside it', async () => {
    const { page, errors } = await openGame(browser(), { locale: 'en-GB' });
    await begin(page);
    // The ending's own passage first, then on by a button.
    await playUntilEnding(page, 'pursue');
    await expectAccessible(page, 'the ending passage');
    await page.click('[data-action="look-back"]');
    await page.locator('[data-ending]').waitFor();
    const first = await page.locator('.debrief > :not(.toolbar)').first().getAttribute('class');
    expect(first).toBe('check-in');
    await expect(page.getByLabel('How are you now, in one word?').isVisible()).resolves.toBe(true);

    await page.click('.debrief [data-action="pause"]');
    await page.locator('dialog.pause[open]').waitFor();
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => document.querySelector('dialog[open]') === null);
    await page.locator('#debrief-heading').focus();
    await page.keyboard.press('p');
    await page.locator('dialog.pause[open]').waitFor();
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => document.querySelector('dialog[open]') === null);
    // Typing the word is not a shortcut.
    await page.getByLabel('How are you now, in one word?').fill('tired, p');
    expect(await page.locator('dialog[open]').count()).toBe(0);
    await expectAccessible(page, 'debrief');

    await page.click('.debrief [data-action="help"]');
    const help = page.locator('dialog.help');
    await help.waitFor();
    await expect(help.textContent()).resolves.toMatch(/your GP/);
    await page.selectOption('#help-country', 'uk');
    await expect(help.locator('a[href="tel:08082000247"]').textContent()).resolves.toBe('0808 2000 247');
    await expect(help.locator('a[href="tel:999"]').count()).resolves.toBe(1);
    await expectAccessible(page, 'help dialog');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('points to the huisarts and POH-GGZ in Dutch, with the numbers as links', async () => {
    const { page } = await openGame(browser(), { locale: 'nl-NL' });
    await page.click('.app-header [data-action="help"]');
    const help = page.locator('dialog.help');
    await help.waitFor();
    await expect(help.textContent()).resolves.toMatch(/huisarts.*POH-GGZ/s);
    await expect(help.locator('a[href="tel:08002000"]').textContent()).resolves.toBe('0800-2000');
    await expect(help.locator('a[href="tel:112"]').count()).resolves.toBe(1);
    await page.context().close();
  });

  it('paces the breath with a count when motion is off', async () => {
    const { page } = await openGame(browser(), { locale: 'en-GB', reducedMotion: 'reduce' });
    await begin(page);
    await page.click('.toolbar [data-action="pause"]');
    const count = page.locator('dialog.pause .breath-count');
    await expect(count.isVisible()).resolves.toBe(true);
    await expect(page.locator('dialog.pause .breathe-still').isVisible()).resolves.toBe(true);
    await expect(page.locator('dialog.pause .breathe-moving').isVisible()).resolves.toBe(false);
    expect(await page.locator('.breath-circle').evaluate((el) => getComputedStyle(el).animationName)).toBe('none');
    const before = await count.textContent();
    await expect.poll(() => count.textContent(), { timeout: 3000 }).not.toBe(before);
    await page.context().close();
  });
});

/** Play on, leaning one way, until the ending's passage shows (not yet the debrief). */
async function playUntilEnding(page: Page, kind: string): Promise<void> {
  for (let answers = 0; !(await page.locator('[data-action="look-back"]').isVisible()); answers++) {
    expect(answers).toBeLessThan(30);
    const preferred = page.locator(`[data-choices] button[data-kind="${kind}"]:not([aria-disabled])`);
    await ((await preferred.count()) > 0 ? preferred.first() : page.locator('[data-choices] button:not([aria-disabled])').first()).click();
  }
}

describe('kept runs', () => {
  it('keeps focus on a picker that changes, and Back returns focus to what opened the screen', async () => {
    const { page, errors } = await openGame(browser(), { locale: 'en-GB' });
    await finishScenario(page);
    await page.click('[data-action="play-again"]');
    await page.click('[data-begin]');
    await playToEnd(page, 'attune');

    await page.click('.debrief [data-action="map"]');
    const mapPicker = page.locator('#map-run');
    await mapPicker.waitFor();
    await mapPicker.focus();
    const chosen = await mapPicker.inputValue();
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => mapPicker.inputValue()).not.toBe(chosen);
    expect((await focused(page)).id).toBe('map-run');
    await page.click('[data-action="back"]');
    await page.locator('[data-ending]').waitFor();
    expect((await focused(page)).action).toBe('map');

    await page.keyboard.press('Tab');
    await tabTo(page, (f) => f.action === 'compare');
    await page.keyboard.press('Enter');
    const comparePicker = page.locator('#compare-a');
    await comparePicker.waitFor();
    await comparePicker.focus();
    const a = await comparePicker.inputValue();
    await page.keyboard.press(a === '0' ? 'ArrowDown' : 'ArrowUp');
    await expect.poll(() => comparePicker.inputValue()).not.toBe(a);
    await expect.poll(async () => (await focused(page)).id).toBe('compare-a');
    await page.click('[data-action="back"]');
    await page.locator('[data-ending]').waitFor();
    expect((await focused(page)).action).toBe('compare');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('reads a finished run back whole, ending included, printable, and Back returns to the debrief', async () => {
    const { page, errors } = await openGame(browser(), { locale: 'en-GB' });
    await begin(page);
    await playUntilEnding(page, 'attune');
    const answers = await page.locator('[role="log"] .chosen p').allTextContents();
    const lastLine = await page.locator('[role="log"] .line:not(.stage-note)').last().textContent();
    await page.click('[data-action="look-back"]');
    await page.click('.debrief [data-action="transcript"]');
    const transcript = page.locator('section.transcript .transcript-log');
    await transcript.waitFor();
    expect(await page.title()).toBe('The whole story: The fight about nothing · Dichtbij');
    await expect(transcript.locator('.chosen p').allTextContents()).resolves.toEqual(answers);
    await expect(transcript.textContent()).resolves.toContain(lastLine ?? '');
    await expect(page.locator('section.transcript .ending h3').count()).resolves.toBe(1);
    // A document, not a control: no rewind buttons, and the print view hides the buttons.
    expect(await transcript.locator('button').count()).toBe(0);
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('[data-action="print"]').isVisible()).resolves.toBe(false);
    await expect(transcript.isVisible()).resolves.toBe(true);
    await page.emulateMedia({ media: 'screen' });
    await expectAccessible(page, 'transcript');
    await page.click('section.transcript [data-action="back"]');
    await page.locator('[data-ending]').waitFor();
    expect((await focused(page)).action).toBe('transcript');
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
