// A whole workshop in Chromium, five pages at once: the facilitator's window and the
// projector window it opens (one browser, synced over BroadcastChannel), and three phones,
// all on the real relay serving the built game. The room votes by hands and phones at
// every moment, the facilitator reloads mid-vote and carries on, a phone tries to take
// control and cannot, and the session ends with the debrief and the exported report.
import { readFileSync } from 'node:fs';
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBrowser } from './browser.ts';
import { useRelay } from './relay.ts';
import { audiencePhase, phase, toSceneEnd } from './workshop-pages.ts';

const relay = useRelay();

const browser = useBrowser();

interface Watched {
  page: Page;
  errors: string[];
}

function watch(page: Page, errors: string[], requests: string[], name: string): Watched {
  page.on('console', (m) => (m.type() === 'error' ? errors.push(`${name}: ${m.text()}`) : undefined));
  page.on('pageerror', (e) => errors.push(`${name}: ${e.message}`));
  page.on('request', (r) => requests.push(r.url()));
  return { page, errors };
}

const phoneState = (page: Page) => page.locator('main').getAttribute('data-phone-state');

describe('a workshop with a projector and phones', () => {
  // Five pages (two of them drawing with Phaser) on two shared cores: give it room.
  it('plays a scenario from setup to debrief and report, votes counted by hands and phones', { timeout: 240_000 }, async () => {
    const errors: string[] = [];
    const requests: string[] = [];
    const facilitatorContext: BrowserContext = await browser().newContext({
      locale: 'en-GB',
      viewport: { width: 1280, height: 720 },
      acceptDownloads: true,
    });
    const facRequests: string[] = [];
    const { page: fac } = watch(await facilitatorContext.newPage(), errors, facRequests, 'facilitator');
    await fac.goto(relay().url);
    await fac.waitForFunction(() => window.__dichtbij?.ready === true);

    // From the game's menu to the facilitator's setup; phones are offered because the relay serves the page.
    await fac.getByRole('link', { name: 'Play with a group: start a workshop' }).click();
    await expect.poll(() => fac.locator('[data-relay]').getAttribute('data-relay')).toBe('true');
    expect(await fac.locator('.ws-setup').count()).toBe(1);
    // The menu's order follows the couple's timeline; this workshop is about the fight.
    await fac.selectOption('#ws-scenario', 'fight-about-nothing');
    // The solo menu fetches Phaser in the background; the workshop's windows never need it.
    const before = facRequests.length;
    await fac.getByLabel('Hands and phones together').check();
    await fac.getByLabel('Hidden until you reveal the consequences').check();
    // The scenario this test follows by name (the menu's order may put another first).
    await fac.getByLabel('Scenario').selectOption('fight-about-nothing');
    await fac.getByRole('button', { name: 'Start the workshop' }).click();
    await expect.poll(() => phase(fac)).toBe('scene');

    // The projector: a second window of the same browser, opened by the facilitator.
    const [popup] = await Promise.all([
      facilitatorContext.waitForEvent('page'),
      fac.getByRole('button', { name: 'Open the audience screen' }).click(),
    ]);
    const { page: aud } = watch(popup, errors, requests, 'audience');
    await expect.poll(() => audiencePhase(aud)).toBe('scene');
    await expect.poll(() => aud.locator('[data-room-code]').count()).toBe(1);
    const code = (await aud.locator('[data-room-code]').textContent()) ?? '';
    expect(code).toMatch(/^[A-Z]{6}$/);
    expect(await aud.locator('svg.qr-code').count()).toBe(1);
    expect(await aud.locator('button').count()).toBe(0);
    // The projector shows the stage too: its own copy of the run, on Phaser.
    await expect.poll(() => aud.locator('.ws-audience-stage').getAttribute('data-stage'), { timeout: 30_000 }).toBe('ready');

    // Three phones join with the code.
    const phones: Page[] = [];
    for (let i = 0; i < 3; i++) {
      const context = await browser().newContext({ locale: 'en-GB', viewport: { width: 390, height: 800 }, hasTouch: true });
      const { page } = watch(await context.newPage(), errors, requests, `phone ${i + 1}`);
      await page.goto(`${relay().url}/join?room=${code}`);
      await expect.poll(() => phoneState(page)).toBe('waiting');
      phones.push(page);
    }
    await expect.poll(() => fac.locator('[data-relay-status]').textContent()).toContain('3 phones in the room');

    let round = 0;
    let continued = 0;
    let asked: 'no' | 'now' | 'done' = 'no';
    while ((await phase(fac)) !== 'ended') {
      if ((await phase(fac)) === 'scene') {
        // Consequences first (they are hidden from the room until revealed), then the choice.
        if ((await fac.locator('[data-action="show-consequences"]').count()) > 0) {
          expect(await aud.locator('.line.inner').count()).toBe(0);
          await fac.keyboard.press('s');
          if (round > 0) await expect.poll(() => aud.locator('[data-chosen]').count()).toBe(1);
        }
        if ((await fac.locator('[data-action="continue-scene"]').count()) > 0) {
          // A long scene reaches the projector in two parts (each in pages): the rest comes without the feedback.
          continued++;
          while ((await fac.locator('[data-action="continue-scene"]').count()) > 0) await fac.keyboard.press('n');
          await expect.poll(() => aud.locator('[data-chosen]').count()).toBe(0);
          expect(await aud.locator('.line.inner').count()).toBe(0);
          expect(await fac.locator('[data-part-note]').textContent()).toBe('On the audience screen now:');
        }
        await toSceneEnd(fac);
        await fac.keyboard.press('n');
      }
      await expect.poll(() => phase(fac)).toBe('discuss');
      if (asked === 'no' && (await fac.locator('.ws-prompt').count()) > 0) {
        // The moment's question, put to the phones: an answer shows once approved, and goes with the moment.
        asked = 'now';
        await fac.getByRole('button', { name: 'Ask the phones for one-line answers' }).click();
        await phones[2]!.getByLabel('Your answer, one line (anonymous)').fill('Fear of being left');
        await phones[2]!.getByRole('button', { name: 'Send' }).click();
        await expect.poll(() => fac.locator('[data-approve]').count()).toBe(1);
        expect(await aud.locator('[data-approved-answer]').count()).toBe(0);
        await fac.locator('[data-approve]').click();
        await expect.poll(() => aud.locator('[data-approved-answer]').allTextContents()).toEqual(['Fear of being left']);
      }
      await fac.keyboard.press('v');
      await expect.poll(() => phase(fac)).toBe('voting');
      const open = (await fac
        .locator('.ws-option:not(.crossed-out)')
        .evaluateAll((rows) => rows.map((r) => Number(r.getAttribute('data-option'))))) as number[];
      const [a = 1, b = a] = open;
      // Phones: two for the second open option, one for the first (and that one changes its mind once).
      for (const [i, phone] of phones.entries()) {
        await expect.poll(() => phoneState(phone)).toBe('open');
        await phone.locator(`[data-option="${(i === 0 ? a : b) - 1}"]`).click();
      }
      await phones[0]!.locator(`[data-option="${b - 1}"]`).click();
      await phones[0]!.locator(`[data-option="${a - 1}"]`).click();
      // Hands: two for the first open option.
      await fac.locator(`[data-hands="${a}"]`).fill('2');
      await fac.locator(`[data-hands="${a}"]`).press('Tab');
      await expect.poll(() => fac.locator('[data-voters]').getAttribute('data-voters')).toBe('5');
      // The room sees that votes come in, never how they fall, before the reveal.
      await expect.poll(() => aud.locator('[data-voters]').getAttribute('data-voters')).toBe('5');
      expect(await aud.locator('[data-count]').count()).toBe(0);

      if (round === 1) {
        // The facilitator's window reloads mid-vote, with a timer running: the same room, the
        // same votes, and the same timer on both screens.
        await fac.locator('[data-action="timer-5"]').click();
        await expect.poll(() => aud.locator('[data-timer]').count()).toBe(1);
        await fac.reload();
        await expect.poll(() => phase(fac)).toBe('voting');
        await expect.poll(() => fac.locator('[data-relay-status]').textContent()).toContain(code);
        await expect.poll(() => fac.locator('[data-voters]').getAttribute('data-voters')).toBe('5');
        expect(await fac.locator(`[data-hands="${a}"]`).inputValue()).toBe('2');
        await expect.poll(() => fac.getByRole('timer').textContent()).toMatch(/^Time left: [45]:\d\d$/);
        await expect.poll(() => aud.locator('[data-timer]').textContent()).toMatch(/[45]:\d\d$/);
        await fac.locator('[data-action="stop-timer"]').click();
        // The facilitator's pause reaches the phones, and goes with it.
        await fac.keyboard.press('p');
        await expect.poll(() => phones[1]!.locator('[data-phone-paused]').count()).toBe(1);
        await fac.locator('dialog [data-action="resume"]').click();
        await expect.poll(() => phones[1]!.locator('[data-phone-paused]').count()).toBe(0);
      }
      if (round === 2) {
        // A phone cannot take control: the relay refuses its commands, and nothing moves.
        const refused = await phones[1]!.evaluate(
          (room) =>
            new Promise<string[]>((resolve) => {
              const ws = new WebSocket(`ws://${location.host}/relay`);
              const seen: string[] = [];
              ws.onopen = () => ws.send(JSON.stringify({ t: 'join', room }));
              ws.onmessage = (event) => {
                const message = JSON.parse(event.data) as { t: string; code?: string };
                seen.push(message.code ? `${message.t}:${message.code}` : message.t);
                if (seen.length === 1) for (const t of ['close', 'reveal', 'advance']) ws.send(JSON.stringify({ t }));
                if (seen.filter((s) => s.startsWith('error')).length >= 3 || seen.length > 6) {
                  ws.close();
                  resolve(seen);
                }
              };
              setTimeout(() => resolve(seen), 5000);
            }),
          code,
        );
        expect(refused.filter((s) => s.startsWith('error')).length).toBeGreaterThan(0);
        expect(await phase(fac)).toBe('voting');
        expect(await phoneState(phones[0]!)).toBe('open');
      }

      // The focus is still in a count field, where keys type: the facilitator clicks.
      await fac.getByRole('button', { name: 'Close the vote (C)' }).click();
      await expect.poll(() => phoneState(phones[2]!)).toBe('closed');
      expect(await aud.locator('[data-count]').count()).toBe(0);
      await fac.keyboard.press('r');
      await expect.poll(() => aud.locator('[data-count]').count()).toBeGreaterThan(0);
      // Option a: two hands and one phone; option b: two phones (all five on a when it is the only open one).
      const shown = await aud
        .locator('[data-option]')
        .evaluateAll((rows) => rows.map((r) => Number(r.querySelector('[data-count]')?.getAttribute('data-count') ?? 0)));
      expect(shown).toEqual(shown.map((_, i) => (i + 1 === a ? 3 : 0) + (i + 1 === b ? 2 : 0)));
      await expect.poll(() => phones[1]!.locator('[data-phone-result]').count()).toBe(1);
      // Take the majority (option a: 2 hands + 1 phone), except once: an override, noted.
      await fac.locator(`[data-choose="${round === 0 && a !== b ? b : a}"]`).click();
      if (asked === 'now') {
        asked = 'done';
        await expect.poll(() => aud.locator('[data-approved-answer]').count()).toBe(0);
      }
      round++;
    }
    expect(round).toBeGreaterThanOrEqual(6);
    expect(continued).toBeGreaterThan(0);
    expect(asked).toBe('done');

    // The ending, then the debrief: questions one at a time on the projector.
    await fac.keyboard.press('s');
    if ((await fac.locator('[data-action="continue-scene"]').count()) > 0) expect(await aud.locator('[data-ending]').count()).toBe(0);
    await toSceneEnd(fac);
    await expect.poll(() => aud.locator('[data-ending]').count()).toBe(1);
    await fac.getByRole('button', { name: 'To the debrief (N)' }).click();
    expect(await fac.locator('[data-slot="path-map"]').count()).toBe(1);
    // The group's path drawn on the scenario's map: one bold way per moment it met.
    await fac.locator('[data-slot="path-map"] svg.map-svg').waitFor();
    expect(await fac.locator('[data-slot="path-map"] .link.on-path').count()).toBe(round);
    expect(await fac.locator('[data-slot="path-map"] .node.unreached').count()).toBeGreaterThan(0);
    expect(await fac.locator('svg.meter-chart').count()).toBe(1);
    await fac.locator('[data-action="next-question"]').click();
    await fac.locator('[data-action="show-question"]').click();
    const question = (await fac.locator('.ws-question').textContent()) ?? '';
    await expect.poll(() => aud.locator('[data-question-shown]').textContent()).toBe(question);

    // One-line answers from phones reach the projector only once the facilitator approves each.
    await fac.getByRole('button', { name: 'Ask the phones for one-line answers' }).click();
    const answers = ['My shoulders went up', 'I wanted to leave the room'];
    for (const [i, text] of answers.entries()) {
      await phones[i]!.getByLabel('Your answer, one line (anonymous)').fill(text);
      await phones[i]!.getByRole('button', { name: 'Send' }).click();
    }
    await expect.poll(() => fac.locator('[data-approve]').count()).toBe(2);
    expect(await aud.locator('[data-approved-answer]').count()).toBe(0);
    await fac.locator('[data-answer]', { hasText: answers[1] }).getByRole('button', { name: 'Show on screen' }).click();
    await expect.poll(() => aud.locator('[data-approved-answer]').allTextContents()).toEqual([answers[1]]);
    expect(await aud.locator('main').textContent()).not.toContain(answers[0]);

    // The report: a Markdown file and a printable page, with counts and choices and no participant data.
    const [download] = await Promise.all([
      fac.waitForEvent('download'),
      fac.getByRole('button', { name: 'Download the report (Markdown)' }).click(),
    ]);
    const path = await download.path();
    const markdown = readFileSync(path, 'utf8');
    expect(download.suggestedFilename()).toMatch(/^dichtbij-workshop-fight-about-nothing-\d{4}-\d{2}-\d{2}\.md$/);
    expect(markdown).toContain('# Workshop report: The fight about nothing');
    for (let i = 1; i <= round; i++) expect(markdown).toContain(`## Choice ${i}`);
    expect(markdown).toContain('(3 votes)');
    expect(markdown).toContain('the facilitator’s override');
    expect(markdown).toContain('Votes: Hands and phones together');
    expect(markdown).not.toContain(code);
    for (const text of answers) expect(markdown).not.toContain(text);
    await fac.getByRole('button', { name: 'Printable report' }).click();
    expect(await fac.locator('.ws-report-round').count()).toBe(round);

    // What if: a copy of the group's run, rewound to the first moment with the other answer.
    await fac.getByRole('button', { name: 'Back to the debrief' }).click();
    await fac.locator('[data-round="0"] summary').click();
    await fac.locator('[data-round="0"] [data-what-if]').first().click();
    await expect.poll(() => phase(fac)).toBe('scene');

    expect(errors).toEqual([]);
    const origin = new URL(relay().url).origin;
    expect([...facRequests, ...requests].filter((r) => !r.startsWith(origin) && !r.startsWith('blob:'))).toEqual([]);
    // Only the projector draws the stage; the facilitator's window never loads Phaser.
    expect(facRequests.slice(before).some((r) => /stage-host/.test(r))).toBe(false);
    // Read from the projector's own record: a request made before the test could listen still counts.
    expect(await aud.evaluate(() => performance.getEntriesByType('resource').some((e) => /stage-host/.test(e.name)))).toBe(true);
  });
});
