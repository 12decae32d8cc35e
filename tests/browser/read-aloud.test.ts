// Read aloud: with the browser's speech synthesis replaced by a recorder (an init script),
// the game sends each new line of the log, the inner voice announced as such, what the
// answer did and the numbered options, in that order, in the game's language with a voice
// of the device for it; it falls silent when the player chooses; and the setting says
// plainly when the device has no voice for the language.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openGame, useBrowser } from './browser.ts';

const browser = useBrowser();

interface Spoken {
  text: string;
  lang: string;
  voice: string | null;
  rate: number;
}
type Said = Spoken | 'cancel';

interface StubVoice {
  name: string;
  lang: string;
  localService: boolean;
}

/** Replaces speechSynthesis and SpeechSynthesisUtterance with recorders. */
const STUB_SPEECH = (voices: StubVoice[]) => {
  const said: unknown[] = [];
  (window as unknown as { __said: unknown[] }).__said = said;
  const list = voices.map((v, i) => ({ ...v, default: i === 0, voiceURI: v.name }));
  class Utterance {
    lang = '';
    voice: { name: string } | null = null;
    rate = 1;
    constructor(readonly text: string) {}
  }
  const synth = Object.assign(new EventTarget(), {
    speaking: false,
    pending: false,
    paused: false,
    getVoices: () => list,
    speak: (u: Utterance) => said.push({ text: u.text, lang: u.lang, voice: u.voice?.name ?? null, rate: u.rate }),
    cancel: () => said.push('cancel'),
    pause: () => undefined,
    resume: () => undefined,
  });
  Object.defineProperty(window, 'speechSynthesis', { value: synth, configurable: true });
  Object.defineProperty(window, 'SpeechSynthesisUtterance', { value: Utterance, configurable: true });
};

const VOICES: StubVoice[] = [
  { name: 'Test English', lang: 'en-GB', localService: true },
  { name: 'Remote Nederlands', lang: 'nl-NL', localService: false },
  { name: 'Test Nederlands', lang: 'nl-NL', localService: true },
];

async function gameWithSpeech(locale: string, voices = VOICES) {
  const context = await browser().newContext({ locale, viewport: { width: 1280, height: 720 }, serviceWorkers: 'block' });
  await context.addInitScript(STUB_SPEECH, voices);
  return openGame(browser(), { locale, context });
}

const said = (page: Page) => page.evaluate(() => (window as unknown as { __said: Said[] }).__said);
const texts = (list: Said[]) => list.map((s) => (s === 'cancel' ? s : s.text));

/** What the log shows (as seen) after the last chosen answer, line by line, then the options as they are numbered. */
async function shownSinceChoice(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const log = document.querySelector('[role="log"]');
    const children = [...(log?.children ?? [])];
    const chosen = children.findLastIndex((el) => el.classList.contains('chosen'));
    const lines = children.slice(chosen + 1).flatMap((el) => (el.classList.contains('feedback') ? [...el.querySelectorAll('p')] : [el]));
    const heading = document.querySelector('#choices-heading')?.textContent ?? '';
    const options = [...document.querySelectorAll('[data-choices] .choice-text')].map((el, i) => `${i + 1}: ${el.textContent}`);
    // The text that is shown: a harsh line's summary is hidden at full intensity.
    const shown = (node: Node): string =>
      node.nodeType === Node.TEXT_NODE
        ? (node.textContent ?? '')
        : node instanceof Element && getComputedStyle(node).display === 'none'
          ? ''
          : [...node.childNodes].map(shown).join('');
    return [...lines.map((el) => shown(el).trim()), heading, ...options];
  });
}

async function startScenario(page: Page) {
  await page.click('[data-scenario="fight-about-nothing"]');
  await page.click('[data-begin]');
  await page.locator('[data-choices] button').first().waitFor();
}

describe('read aloud', () => {
  it('V switches it on; each new line, the inner voice, the feedback and the options are read in order; a choice silences it', async () => {
    const { page, errors } = await gameWithSpeech('en-GB');
    await startScenario(page);
    expect(await said(page), 'off by default').toEqual([]);

    await page.keyboard.press('v');
    expect(await page.locator('.notices').textContent()).toContain('Reading aloud is on.');
    // Reading aloud's code is fetched when it is first switched on.
    await page.waitForFunction(() => (window as unknown as { __said: unknown[] }).__said.length > 0);
    const options = await page.locator('[data-choices] .choice-text').allTextContents();
    expect(texts(await said(page))).toEqual(['What do you do?', ...options.map((o, i) => `${i + 1}: ${o}`)]);

    // Answer a few times; after each choice the speech is cancelled first, then the new
    // passage is read exactly as the log shows it.
    let innerRead = false;
    for (let round = 0; round < 3; round++) {
      const before = (await said(page)).length;
      await page.locator('[data-choices] button:not([disabled])').first().click();
      await page.locator('.chosen').nth(round).waitFor();
      await page.locator('[data-choices] button').first().waitFor();
      const after = (await said(page)).slice(before);
      expect(after[0], 'a choice stops the reading first').toBe('cancel');
      expect(texts(after.slice(1))).toEqual(await shownSinceChoice(page));
      innerRead ||= texts(after).some((t) => t.startsWith("What Sam's alarm heard: "));
    }
    expect(innerRead, 'the inner voice is announced as such').toBe(true);
    for (const s of await said(page)) {
      if (s !== 'cancel') expect(s).toMatchObject({ lang: 'en-GB', voice: 'Test English', rate: 1 });
    }

    await page.keyboard.press('v');
    expect(await page.locator('.notices').textContent()).toContain('Reading aloud is off.');
    const silent = (await said(page)).length;
    await page.locator('[data-choices] button:not([disabled])').first().click();
    await page.locator('.chosen').nth(3).waitFor();
    expect((await said(page)).slice(silent).filter((s) => s !== 'cancel')).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('reads Dutch with a Dutch voice of the device, at the chosen speed, from the first line', async () => {
    const { page, errors } = await gameWithSpeech('nl-NL');
    await page.click('.app-header [data-action="settings"]');
    const dialog = page.getByRole('dialog', { name: 'Instellingen' });
    await dialog.getByLabel('Lees het verhaal voor (toets V)').check();
    await dialog.getByLabel('Langzaam').check();
    expect(await dialog.locator('#setting-read-voice').isVisible()).toBe(false);
    await page.keyboard.press('Escape');
    await startScenario(page);
    const spoken = (await said(page)).filter((s): s is Spoken => s !== 'cancel');
    const log = await page.locator('[role="log"] > *').allTextContents();
    expect(spoken.slice(0, 3).map((s) => s.text)).toEqual(log.slice(0, 3).map((t) => t.trim()));
    expect(spoken.at(-1)?.text).toMatch(/^\d: /);
    for (const s of spoken) expect(s).toMatchObject({ lang: 'nl-NL', voice: 'Test Nederlands', rate: 0.8 });
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('says plainly when the device has no voice for the language, and reads nothing then', async () => {
    const { page } = await gameWithSpeech('nl-NL', [
      { name: 'Test English', lang: 'en-GB', localService: true },
      { name: 'Remote Nederlands', lang: 'nl-NL', localService: false },
    ]);
    await page.click('.app-header [data-action="settings"]');
    const dialog = page.getByRole('dialog', { name: 'Instellingen' });
    await dialog.getByLabel('Lees het verhaal voor (toets V)').check();
    await expect(dialog.locator('#setting-read-voice').textContent()).resolves.toBe(
      'Dit apparaat heeft geen eigen Nederlandse stem, dus het verhaal kan niet in het Nederlands worden voorgelezen.',
    );
    await page.keyboard.press('Escape');
    await startScenario(page);
    expect((await said(page)).filter((s) => s !== 'cancel')).toEqual([]);
    await page.context().close();
  });
});
