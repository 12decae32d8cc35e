// The room as it reads from the back (issue 15): the projector at 1920x1080 in both languages,
// from the lobby through every scene page, a vote, the reveal, the consequences and the debrief,
// with every piece of text measured (28 px or more), nothing scrolling, and the QR code about
// 30% of the screen's height. Then moderation (turn down, approve all, take down) and the
// lobby's count of phones, with phones on the real relay.
import { mkdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { Phone } from '../server/helpers.ts';
import { axeViolations, smallTargets } from './axe.ts';
import { useBrowser } from './browser.ts';
import { useRelay } from './relay.ts';

const relay = useRelay();
const browser = useBrowser();
const SHOTS = '/tmp/shots-rooms';
const MIN_PX = 28;

const phase = (page: Page) => page.locator('.ws-control').getAttribute('data-phase');

interface Measure {
  smallest: number;
  smallestText: string;
  qr: number | null;
  overflows: boolean;
  wide: boolean;
}

/** The smallest type with text of its own, the QR code's height, and whether anything scrolls or sticks out. */
function measure(aud: Page): Promise<Measure> {
  return aud.evaluate(() => {
    let smallest = Number.POSITIVE_INFINITY;
    let smallestText = '';
    let wide = false;
    for (const el of document.querySelectorAll<HTMLElement>('main *')) {
      const box = el.getBoundingClientRect();
      if (box.width === 0 || box.right > window.innerWidth + 1) wide ||= box.width > 0;
      const own = [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent?.trim());
      if (!own || box.width === 0) continue;
      const size = Number.parseFloat(getComputedStyle(el).fontSize);
      if (size < smallest) {
        smallest = size;
        smallestText = el.textContent?.slice(0, 50) ?? '';
      }
    }
    const qr = document.querySelector('svg.qr-code')?.getBoundingClientRect().height ?? null;
    return { smallest, smallestText, qr, overflows: document.documentElement.scrollHeight > window.innerHeight, wide };
  });
}

/** Whether the projector's page is taller than its window (nobody scrolls a projector). */
const scrolls = (aud: Page) => aud.evaluate(() => document.documentElement.scrollHeight > window.innerHeight);

/** The projector has more of this scene to show (another page, or the rest after N). */
async function morePages(fac: Page): Promise<boolean> {
  if ((await fac.locator('[data-action="continue-scene"]').count()) > 0) return true;
  if ((await fac.locator('[data-projector-page]').count()) === 0) return false;
  const [n, of] = ((await fac.locator('[data-projector-page]').getAttribute('data-projector-page')) ?? '1/1').split('/').map(Number);
  return (n ?? 1) < (of ?? 1);
}

async function openRoom(b: Browser, locale: string): Promise<{ fac: Page; aud: Page; errors: string[] }> {
  const context = await b.newContext({ locale, viewport: { width: 1280, height: 720 } });
  const errors: string[] = [];
  const fac = await context.newPage();
  const aud = await context.newPage();
  for (const page of [fac, aud]) page.on('pageerror', (e) => errors.push(e.message));
  await aud.setViewportSize({ width: 1920, height: 1080 });
  await fac.goto(`${relay().url}/?view=facilitator`);
  await expect.poll(() => fac.locator('[data-relay]').getAttribute('data-relay')).toBe('true');
  await aud.goto(`${relay().url}/?view=audience`);
  return { fac, aud, errors };
}

async function joinPhones(aud: Page, n: number): Promise<Phone[]> {
  await expect.poll(() => aud.locator('[data-room-code]').count()).toBe(1);
  const code = (await aud.locator('[data-room-code]').textContent()) ?? '';
  const phones: Phone[] = [];
  for (let i = 0; i < n; i++) phones.push(await Phone.join(relay().url, code));
  return phones;
}

describe('the room, read from the back', () => {
  for (const [lang, locale] of [
    ['en', 'en-GB'],
    ['nl', 'nl-NL'],
  ] as const) {
    it(`keeps every projector screen at 28 px or more, with a large QR code (${lang})`, { timeout: 240_000 }, async () => {
      mkdirSync(SHOTS, { recursive: true });
      const { fac, aud, errors } = await openRoom(browser(), locale);
      const seen = new Map<string, Measure>();
      const check = async (name: string) => {
        // The projector repaints after the facilitator's message crosses over.
        await aud.waitForTimeout(300);
        const m = await measure(aud);
        seen.set(name, m);
        await aud.screenshot({ path: `${SHOTS}/test-${lang}-${name}.png` });
        expect(m.smallest, `${name}: "${m.smallestText}"`).toBeGreaterThanOrEqual(MIN_PX - 0.1);
        expect(m.overflows, `${name} scrolls`).toBe(false);
        expect(m.wide, `${name} runs off the side`).toBe(false);
        if (m.qr !== null) expect(m.qr, `${name}: QR code`).toBeGreaterThanOrEqual(0.28 * 1080);
      };

      // The lobby, from the moment the workshop is being set up.
      await expect.poll(() => aud.locator('[data-audience]').getAttribute('data-audience')).toBe('lobby');
      const phones = await joinPhones(aud, 3);
      await check('lobby');
      // With the relay running, phones are the default.
      expect(await fac.locator('input[name="voting"][value="phones"]').isChecked()).toBe(true);
      await fac.locator('[data-action="begin-workshop"]').click();
      await expect.poll(() => phase(fac)).toBe('scene');

      let step = 0;
      let votes = 0;
      while ((await phase(fac)) !== 'ended' && step < 200) {
        step += 1;
        const now = await phase(fac);
        if (now === 'scene') {
          if ((await fac.locator('[data-action="show-consequences"]').count()) > 0) await fac.keyboard.press('s');
          await check(`scene-${step}`);
          await fac.keyboard.press('n');
        } else if (now === 'discuss') {
          await check(`discuss-${step}`);
          await fac.keyboard.press('v');
          await expect.poll(() => phase(fac)).toBe('voting');
          await expect.poll(() => phones.every((p) => p.view?.round?.phase === 'open')).toBe(true);
          const round = phones[0]!.view!.round!;
          const open = round.options.filter((o) => !o.disabled);
          for (const [i, phone] of phones.entries()) phone.vote(round.roundId, open[i % open.length]!.index);
          await expect.poll(() => aud.locator('[data-voters]').getAttribute('data-voters')).toBe('3');
          // Phones only: the projector does not ask for hands.
          const instruction = (await aud.locator('[data-voting="open"]').textContent()) ?? '';
          expect(instruction).toContain(lang === 'en' ? 'Vote now on your phone.' : 'Stem nu op je telefoon.');
          expect(instruction).not.toMatch(/hand/i);
          await check(`voting-${step}`);
          await fac.keyboard.press('c');
          await fac.keyboard.press('r');
          await expect.poll(() => phase(fac)).toBe('revealed');
          await check(`reveal-${step}`);
          await fac.locator('[data-choose]').first().click();
          votes += 1;
          // After the choice: its words and the counts stay on screen.
          await fac.keyboard.press('s');
          await expect.poll(() => aud.locator('[data-chosen-text]').count()).toBe(1);
          expect(await aud.locator('[data-chosen-counts]').count()).toBe(1);
        }
      }
      expect(votes).toBeGreaterThan(1);
      await fac.keyboard.press('s');
      for (let page = 0; page < 10 && (await morePages(fac)); page++) {
        await check(`ending-${page}`);
        await fac.keyboard.press('n');
      }
      await expect.poll(() => aud.locator('[data-ending]').count()).toBe(1);
      await check('ending');
      await fac.keyboard.press('n');
      await expect.poll(() => fac.locator('.ws-debrief').count()).toBe(1);
      await fac.locator('[data-action="show-question"]').click();
      await expect.poll(() => aud.locator('[data-question-shown]').count()).toBe(1);
      await check('debrief');
      const names = [...seen.keys()];
      for (const kind of ['lobby', 'scene', 'voting', 'reveal', 'debrief']) expect(names.some((n) => n.startsWith(kind))).toBe(true);
      expect(errors).toEqual([]);
      for (const phone of phones) phone.close();
      await fac.context().close();
    });
  }

  it('moderates answers (turn down, approve all, take down) and counts phones in the lobby', { timeout: 180_000 }, async () => {
    const { fac, aud, errors } = await openRoom(browser(), 'en-GB');
    await expect.poll(() => aud.locator('[data-joined]').getAttribute('data-joined')).toBe('0');
    const phones = await joinPhones(aud, 4);
    await expect.poll(() => aud.locator('[data-joined]').getAttribute('data-joined')).toBe('4');
    expect(await axeViolations(aud)).toEqual([]);
    await fac.locator('[data-action="begin-workshop"]').click();
    await expect.poll(() => phase(fac)).toBe('scene');
    await expect.poll(() => aud.locator('[data-audience]').getAttribute('data-audience')).toBe('scene');
    // The lobby again whenever the facilitator wants it, with the count.
    await fac.keyboard.press('l');
    await expect.poll(() => aud.locator('[data-audience]').getAttribute('data-audience')).toBe('lobby');
    expect(await aud.locator('[data-joined]').getAttribute('data-joined')).toBe('4');
    await fac.getByRole('button', { name: 'Back to the story (L)' }).click();
    await expect.poll(() => aud.locator('[data-audience]').getAttribute('data-audience')).toBe('scene');

    // To a moment with a question for the room.
    for (let guard = 0; guard < 12; guard++) {
      while ((await phase(fac)) === 'scene') await fac.keyboard.press('n');
      if ((await fac.locator('.ws-prompt').count()) > 0) break;
      await fac.locator('[data-choose]').first().click();
    }
    await fac.getByRole('button', { name: 'Ask the phones for one-line answers' }).click();
    await expect.poll(() => phones.every((p) => p.view?.question)).toBe(true);
    const long = `https://example.org/${'a'.repeat(110)}`;
    const texts = ['Fear of being left', 'Wanting to be seen', long, 'Something rude'];
    for (const [i, phone] of phones.entries()) phone.send({ t: 'answer', questionId: phone.view!.question!.questionId, text: texts[i] });
    await expect.poll(() => fac.locator('[data-answer]').count()).toBe(4);
    // Four answers waiting, and the vote's button is still in sight at 1280x720.
    const button = await fac.locator('[data-action="open-vote"]').boundingBox();
    expect(button && button.y + button.height).toBeLessThanOrEqual(720);
    expect(await axeViolations(fac)).toEqual([]);
    expect(await smallTargets(fac)).toEqual([]);

    await fac.getByRole('button', { name: 'Turn down: Something rude' }).click();
    await expect.poll(() => fac.locator('[data-answer]').count()).toBe(3);
    await fac.locator('[data-action="approve-all"]').click();
    await expect.poll(() => aud.locator('[data-approved-answer]').allTextContents()).toEqual(texts.slice(0, 3));
    await expect.poll(() => phones[0]!.view?.approved.map((a) => a.text)).toEqual(texts.slice(0, 3));
    // A long word wraps inside the screen.
    const answerBox = await aud.locator('[data-approved-answer]').nth(2).boundingBox();
    expect(answerBox && answerBox.x + answerBox.width).toBeLessThanOrEqual(1920);
    await fac.getByRole('button', { name: 'Take off the screen: Wanting to be seen' }).click();
    await expect.poll(() => aud.locator('[data-approved-answer]').allTextContents()).toEqual([texts[0], long]);
    await expect.poll(() => phones[0]!.view?.approved.map((a) => a.text)).toEqual([texts[0], long]);
    expect(await aud.locator('main').textContent()).not.toContain('Something rude');
    expect(await scrolls(aud)).toBe(false);
    expect(await axeViolations(aud)).toEqual([]);

    // More answers than the projector can hold: it never scrolls; the newest stay, the oldest
    // make way, and the room is told how many are no longer shown.
    const more = await joinPhones(aud, 16);
    const question = more[0]!.view!.question!.questionId;
    for (const [i, phone] of more.entries())
      phone.send({ t: 'answer', questionId: question, text: `Answer ${i + 1}: ${'words that take up a line '.repeat(3)}` });
    await expect.poll(() => fac.locator('[data-answer][data-approved="false"]').count()).toBe(16);
    await fac.locator('[data-action="approve-all"]').click();
    await expect.poll(() => aud.locator('[data-approved-answer]').count()).toBe(18);
    expect(await scrolls(aud)).toBe(false);
    expect(await aud.locator('[data-approved-answer]').last().isVisible()).toBe(true);
    expect(await aud.locator('[data-approved-answer]').first().isVisible()).toBe(false);
    const hidden = Number(await aud.locator('[data-answers-hidden]').getAttribute('data-answers-hidden'));
    expect(hidden).toBeGreaterThan(0);
    expect(await aud.locator('[data-answers-hidden]').textContent()).toBe(`${hidden} earlier answers are no longer shown.`);
    expect(await aud.locator('[data-approved-answer]:visible').count()).toBe(18 - hidden);
    expect(errors).toEqual([]);
    for (const phone of [...phones, ...more]) phone.close();
    await fac.context().close();
  });

  it('stops from the pause to the debrief, and a notice can be dismissed', { timeout: 120_000 }, async () => {
    const { fac, aud, errors } = await openRoom(browser(), 'en-GB');
    await fac.locator('[data-action="begin-workshop"]').click();
    await expect.poll(() => phase(fac)).toBe('scene');
    // A reload says the workshop goes on; the notice goes when dismissed.
    await fac.reload();
    const resumed = fac.locator('.notice', { hasText: 'The workshop continues where it was.' });
    await expect.poll(() => resumed.count()).toBe(1);
    expect(await smallTargets(fac)).toEqual([]);
    await resumed.getByRole('button', { name: 'Dismiss' }).click();
    await expect.poll(() => resumed.count()).toBe(0);
    // "Stop for now" in the pause ends the playing: the run is kept, the debrief follows.
    await fac.keyboard.press('p');
    await expect.poll(() => aud.locator('.ws-audience-pause').count()).toBe(1);
    await fac.locator('dialog [data-action="quit"]').click();
    await expect.poll(() => fac.locator('.ws-debrief').count()).toBe(1);
    await expect.poll(() => aud.locator('.ws-audience-pause').count()).toBe(0);
    expect(errors).toEqual([]);
    await fac.context().close();
  });
});
