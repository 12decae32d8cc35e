// A workshop with votes by hands only, on a plain static server (no relay, no network
// beyond the page itself), in Dutch and by keyboard: the facilitator picks, counts hands,
// pauses for the room, and the projector window catches up after a reload. Also: the
// workshop is a lazy chunk that the solo menu never loads.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { baseOrigin, openGame, savedLabels, useBrowser } from './browser.ts';
import { DIST, ROOT } from './server.ts';
import { audiencePhase, phase, toSceneEnd } from './workshop-pages.ts';

const browser = useBrowser();
const AXE = readFileSync(join(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');

/** Accessibility problems axe finds on the page as it is now (evaluated past the page's CSP). */
async function axeViolations(page: Page): Promise<string[]> {
  await page.evaluate(AXE);
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(): Promise<{ violations: { id: string; nodes: unknown[] }[] }> } }).axe;
    return (await axe.run()).violations.map((v) => `${v.id} (${v.nodes.length})`);
  });
}

describe('a workshop by hands', () => {
  it('runs in Dutch by keyboard with a projector window, without the relay', async () => {
    const { page: fac, errors, requests } = await openGame(browser(), { locale: 'nl-NL' });
    await fac.getByRole('link', { name: 'Spelen met een groep: een workshop starten' }).click();
    await fac.waitForSelector('.ws-setup');
    const before = requests.length;
    // Without the relay, phones cannot vote, and the page says why.
    await expect.poll(() => fac.locator('[data-relay]').getAttribute('data-relay')).toBe('false');
    expect(await fac.getByLabel('Met telefoons').isDisabled()).toBe(true);
    expect(await fac.getByLabel('Met handen (jij telt, of kiest gewoon)').isChecked()).toBe(true);
    await fac.getByRole('button', { name: 'Workshop starten' }).press('Enter');
    await expect.poll(() => phase(fac)).toBe('scene');

    const [aud] = await Promise.all([fac.context().waitForEvent('page'), fac.getByRole('button', { name: 'Zaalscherm openen' }).click()]);
    aud.on('pageerror', (e) => errors.push(`audience: ${e.message}`));
    await expect.poll(() => audiencePhase(aud)).toBe('scene');
    expect(await aud.locator('html').getAttribute('lang')).toBe('nl');
    expect(await aud.locator('[data-room-code]').count()).toBe(0);

    // Pause is one key away, and the room sees the grounding exercise too.
    await fac.locator('body').press('p');
    await expect.poll(() => fac.locator('dialog.pause').count()).toBe(1);
    await expect.poll(() => aud.locator('.ws-audience-pause').count()).toBe(1);
    await fac.keyboard.press('Escape');
    await expect.poll(() => aud.locator('.ws-audience-pause').count()).toBe(0);

    // First moment: simply pick option 2 by its number (N turns the opening scene's pages, then goes on).
    await toSceneEnd(fac);
    await fac.keyboard.press('n');
    await expect.poll(() => phase(fac)).toBe('discuss');
    await expect.poll(() => audiencePhase(aud)).toBe('discuss');
    await fac.keyboard.press('2');
    await expect.poll(() => phase(fac)).toBe('scene');
    // The consequences wait for the facilitator: no inner voice, meters or choice on the projector yet.
    await expect.poll(() => audiencePhase(aud)).toBe('scene');
    expect(await aud.locator('.line.inner').count()).toBe(0);
    expect(await aud.locator('[data-meter]').count()).toBe(0);
    await fac.keyboard.press('s');
    await expect.poll(() => aud.locator('[data-chosen]').getAttribute('data-chosen')).toBe('2');
    expect(await aud.locator('[data-meter]').count()).toBeGreaterThan(0);

    // A reloaded projector window catches up at once.
    await aud.reload();
    await expect.poll(() => aud.locator('[data-chosen]').getAttribute('data-chosen')).toBe('2');

    // Second moment: count hands, reveal, and the room sees the counts only then.
    while ((await phase(fac)) === 'scene') await fac.keyboard.press('n');
    await fac.keyboard.press('v');
    await expect.poll(() => phase(fac)).toBe('voting');
    await fac.getByLabel('Handen voor optie 1').fill('4');
    await fac.getByLabel('Handen voor optie 1').press('Tab');
    await expect.poll(() => aud.locator('[data-voters]').getAttribute('data-voters')).toBe('4');
    expect(await axeViolations(fac)).toEqual([]);
    expect(await axeViolations(aud)).toEqual([]);
    expect(await aud.locator('[data-count]').count()).toBe(0);
    // Straight from a count field: digits go in, a letter commits the count and acts.
    await fac.getByLabel('Handen voor optie 2').fill('6');
    await fac.keyboard.press('c');
    await expect.poll(() => phase(fac)).toBe('closed');
    await fac.keyboard.press('r');
    await expect.poll(() => aud.locator('[data-option="2"] [data-count]').getAttribute('data-count')).toBe('6');
    expect(await aud.locator('[data-option="1"] [data-count]').getAttribute('data-count')).toBe('4');
    await fac.getByRole('button', { name: '2: Meerderheid volgen' }).press('Enter');

    // On to the end by keys: reveal the consequences, go to the choice, take the first open option.
    // Nobody scrolls a projector: every screen of the scene fits the window.
    const fits = () => aud.evaluate(() => document.documentElement.scrollHeight <= window.innerHeight);
    while ((await phase(fac)) !== 'ended') {
      await fac.keyboard.press('s');
      await expect.poll(fits).toBe(true);
      // N shows the rest of a long scene first, then goes to the choice.
      while ((await phase(fac)) === 'scene') {
        await fac.keyboard.press('n');
        await expect.poll(fits).toBe(true);
      }
      const open = await fac.locator('[data-choose]').first().getAttribute('data-choose');
      await fac.keyboard.press(open ?? '1');
    }
    await fac.keyboard.press('s');
    await toSceneEnd(fac);
    await expect.poll(() => aud.locator('[data-ending]').count()).toBe(1);
    await fac.keyboard.press('n');
    await expect.poll(() => fac.locator('.ws-debrief').count()).toBe(1);
    expect(await fac.locator('.ws-debrief h2').textContent()).toContain('Nabespreking');
    await fac.getByRole('button', { name: 'Op het scherm zetten' }).click();
    await expect.poll(() => aud.locator('[data-question-shown]').count()).toBe(1);
    expect(await axeViolations(fac)).toEqual([]);
    expect(await axeViolations(aud)).toEqual([]);
    // The facilitator's guide is one click away, in Dutch.
    await fac.getByRole('button', { name: 'Handleiding' }).click();
    expect(await fac.locator('.ws-guide h3').allTextContents()).toEqual(
      expect.arrayContaining(['Voorbereiden', 'Afspraken voor veiligheid', 'Tijd', 'Nabespreking']),
    );

    // The group's run is kept with the other runs, labelled as a workshop.
    expect((await savedLabels(fac)).some((label) => label.startsWith('Workshop '))).toBe(true);

    expect(errors).toEqual([]);
    const later = requests.slice(before);
    expect(later.filter((r) => !r.startsWith(baseOrigin()) && !r.startsWith('blob:'))).toEqual([]);
    expect(later.some((r) => /stage-host/.test(r))).toBe(false);
  });

  it('is a lazy chunk: the menu does not load the workshop or its QR library', () => {
    const manifest = JSON.parse(readFileSync(join(DIST, '.vite/manifest.json'), 'utf8')) as Record<
      string,
      { file: string; isEntry?: boolean; imports?: string[]; dynamicImports?: string[] }
    >;
    const entry = manifest['index.html'];
    const key = Object.keys(manifest).find((k) => k.endsWith('src/ui/workshop/index.ts'));
    expect(key, 'the workshop is its own chunk').toBeDefined();
    expect(entry?.dynamicImports).toContain(key);
    const closure = new Set<string>();
    const walk = (k: string) => {
      if (closure.has(k)) return;
      closure.add(k);
      for (const next of manifest[k]?.imports ?? []) walk(next);
    };
    walk('index.html');
    expect(closure.has(key ?? '')).toBe(false);
    const workshopCode = [key ?? '', ...(manifest[key ?? '']?.imports ?? [])].map((k) =>
      readFileSync(join(DIST, manifest[k]?.file ?? ''), 'utf8'),
    );
    expect(workshopCode.some((code) => code.includes('QR Code'))).toBe(true);
    for (const k of closure) {
      const code = readFileSync(join(DIST, manifest[k]?.file ?? ''), 'utf8');
      expect(code.includes('QR Code'), `${k} carries the QR library`).toBe(false);
    }
  });
});
