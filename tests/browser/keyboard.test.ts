// The whole game with the keyboard alone: settings, a scenario to its debrief, pause and
// stepping out and back in, checking where focus is after every step.
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { openGame, useBrowser } from './browser.ts';

const browser = useBrowser();

/** What has focus, in terms a test can compare. */
const focused = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    return {
      tag: el?.tagName.toLowerCase() ?? '',
      action: el?.dataset.action ?? null,
      scenario: el?.dataset.scenario ?? null,
      choice: el?.classList.contains('choice') ?? false,
      passageStart: el?.classList.contains('passage-start') ?? false,
      crossed: el?.getAttribute('aria-disabled') === 'true',
      inDialog: el?.closest('dialog') !== null && el?.closest('dialog') !== undefined,
      text: el?.textContent?.trim() ?? '',
    };
  });

async function tabTo(page: Page, found: (f: Awaited<ReturnType<typeof focused>>) => boolean, limit = 60): Promise<void> {
  for (let tabs = 0; !found(await focused(page)); tabs++) {
    expect(tabs, 'reachable with Tab').toBeLessThan(limit);
    await page.keyboard.press('Tab');
  }
}

const firstOpenChoice = (page: Page) => page.locator('[data-choices] button:not([aria-disabled])').first().textContent();

it('plays a scenario to its debrief with the keyboard alone, focus always where the next step is', async () => {
  const { page, errors } = await openGame(browser(), { locale: 'en-GB' });
  await page.locator('[data-scenario]').first().waitFor();
  expect((await focused(page)).tag).toBe('h2');

  // Settings by keyboard: arrows pick a text size, Escape closes, focus returns.
  await tabTo(page, (f) => f.action === 'settings');
  await page.keyboard.press('Enter');
  await page.getByRole('dialog', { name: 'Settings' }).waitFor();
  expect(await focused(page)).toMatchObject({ inDialog: true, tag: 'input' });
  await page.keyboard.press('ArrowDown');
  expect(await page.evaluate(() => document.documentElement.dataset.textSize)).toBe('large');
  await page.keyboard.press('Escape');
  expect((await focused(page)).action).toBe('settings');
  // The dialog's close event comes a task late: it must not pull focus back from where the
  // player has gone since (this raced with opening a scenario on a slow machine).
  const focusKept = await page.evaluate(async () => {
    document.querySelector<HTMLElement>('[data-action="settings"]')?.click();
    document.querySelector<HTMLDialogElement>('dialog[open]')?.close();
    const elsewhere = document.querySelector<HTMLElement>('[data-scenario]');
    elsewhere?.focus();
    // Until the close event has been handled, which removes the dialog.
    for (let waited = 0; document.querySelector('dialog') && waited < 2000; waited += 20) {
      await new Promise((r) => setTimeout(r, 20));
    }
    return document.activeElement === elsewhere;
  });
  expect(focusKept).toBe(true);

  await tabTo(page, (f) => f.scenario === 'fight-about-nothing');
  await page.keyboard.press('Enter');
  await page.locator('#loved-name').waitFor();
  expect((await focused(page)).tag).toBe('h2');
  await tabTo(page, (f) => f.text === 'Begin');
  await page.keyboard.press('Enter');
  await page.locator('[data-choices] button').first().waitFor();

  let choices = 0;
  const notes: string[] = [];
  while (!(await page.locator('[data-action="look-back"]').isVisible())) {
    // Each new passage takes focus at its first line (read from there); one Tab reaches the choices.
    expect((await focused(page)).passageStart, `focus on the new passage's first line at point ${choices + 1}`).toBe(true);
    await page.keyboard.press('Tab');
    expect((await focused(page)).choice, `Tab reaches the choices at point ${choices + 1}`).toBe(true);
    // A crossed-out option takes focus too (its reason is read); the open one is a Tab further.
    await tabTo(page, (x) => x.choice && !x.crossed, 5);
    const f = await focused(page);
    expect(f.text).toBe(await firstOpenChoice(page));

    if (choices === 1) {
      // Pause by key; Enter on "Back to the story" returns focus to the same choice.
      const before = f.text;
      await page.keyboard.press('p');
      await page.getByRole('dialog', { name: 'Pause' }).waitFor();
      expect((await focused(page)).action).toBe('resume');
      await page.keyboard.press('Enter');
      expect(await focused(page)).toMatchObject({ choice: true, text: before });
    }
    if (choices === 2) {
      // Step out from the pause: the run is kept, said so, and continues from the menu.
      await page.keyboard.press('p');
      await tabTo(page, (x) => x.action === 'quit' && x.inDialog);
      await page.keyboard.press('Enter');
      await page.locator('[data-resume]').waitFor();
      await expect(page.locator('.notice').last().textContent()).resolves.toMatch(/“The fight about nothing” is kept/);
      expect((await focused(page)).tag).toBe('h2');
      await tabTo(page, (x) => x.tag === 'button' && x.text.includes('The fight about nothing'));
      await page.keyboard.press('Enter');
      await page.locator('[data-choices] button').first().waitFor();
      expect(await focused(page)).toMatchObject({ choice: true, text: await firstOpenChoice(page) });
      expect(await page.locator('.chosen').count()).toBe(2);
    }

    // Alternate the ways to answer: Enter on the focused choice, a number key, Tab then Space.
    const way = choices % 3;
    if (way === 0) await page.keyboard.press('Enter');
    else if (way === 1) {
      const numbers = await page.locator('[data-choices] button:not([aria-disabled]) .choice-number').allTextContents();
      await page.keyboard.press(numbers[numbers.length - 1] ?? '1');
    } else {
      const open = await page.locator('[data-choices] button:not([aria-disabled])').count();
      if (open > 1) {
        const first = (await focused(page)).text;
        await tabTo(page, (x) => x.choice && !x.crossed && x.text !== first, 6);
      }
      expect((await focused(page)).choice).toBe(true);
      await page.keyboard.press('Space');
    }
    choices++;
    expect(choices).toBeLessThan(30);
    // What the (hidden) stage shows is said in the log, with the loved one's pronoun.
    notes.push(...(await page.locator('[role="log"] .stage-note').allTextContents()));
  }
  // The ending's own passage is read like every other; the way on is the next Tab.
  expect((await focused(page)).passageStart).toBe(true);
  await tabTo(page, (f) => f.action === 'look-back', 3);
  await page.keyboard.press('Enter');
  await page.locator('[data-ending]').waitFor();
  expect(notes.some((note) => /glow around them|thread between you|distance between you/.test(note))).toBe(true);
  expect(choices).toBeGreaterThanOrEqual(6);
  // The debrief takes focus at its heading, so a screen reader starts reading there.
  expect(await focused(page)).toMatchObject({ tag: 'h2' });
  expect((await focused(page)).text).toMatch(/^Looking back/);
  expect(errors).toEqual([]);
  await page.context().close();
});
