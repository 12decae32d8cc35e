// Runs as files: export all, clear the site's storage, import, and the runs are back
// identical; a broken file and a file from a changed story each get their message.
import { readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { clearDevice, finishScenario, openGame, useBrowser } from './browser.ts';

const browser = useBrowser();

it('exports all runs, imports them back after the storage is cleared, and refuses bad files', async () => {
  const { page, errors } = await openGame(browser(), { locale: 'en-GB' });
  await finishScenario(page);
  await page.click('[data-action="library"]');
  await page.locator('.library-run').first().waitFor();
  const listed = await page.locator('.library-run').allTextContents();

  const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-action="export-all"]')]);
  const file = join(tmpdir(), `dichtbij-export-${Date.now()}.json`);
  await download.saveAs(file);
  const exported = JSON.parse(readFileSync(file, 'utf8'));
  expect(exported.format).toBe('dichtbij-runs');
  expect(exported.runs).toHaveLength(1);

  await clearDevice(page);
  await page.reload();
  await page.click('[data-action="library"]');
  await expect.poll(() => page.locator('.library-run').count()).toBe(0);
  await page.setInputFiles('#import-file', file);
  await expect.poll(() => page.locator('.library-run').count()).toBe(1);
  expect(await page.locator('.library-run').allTextContents()).toEqual(listed);

  const broken = join(tmpdir(), `dichtbij-broken-${Date.now()}.json`);
  writeFileSync(broken, '{"format": "dichtbij-runs", "version": 1, "runs": [{"scenarioId": "<b>x</b>"}]}');
  await page.setInputFiles('#import-file', broken);
  await page.locator('.notice', { hasText: 'damaged' }).waitFor();
  expect(await page.locator('.library-run').count()).toBe(1);

  const changed = structuredClone(exported);
  changed.runs[0] = { ...changed.runs[0], storyHash: 'an-older-story', ending: null, endedAt: null, seed: 99 };
  const changedFile = join(tmpdir(), `dichtbij-changed-${Date.now()}.json`);
  writeFileSync(changedFile, JSON.stringify(changed));
  await page.setInputFiles('#import-file', changedFile);
  await expect.poll(() => page.locator('.library-run').count()).toBe(2);
  await page.locator('.library-run', { hasText: 'Not finished' }).locator('[data-action="open"]').click();
  // The story changed: the run cannot go on, but it can be read, and nothing is lost.
  await page.locator('.story-changed [role="alert"]', { hasText: 'has changed since this run was saved' }).waitFor();
  await page.click('[data-action="view-old"]');
  await page.locator('.debrief[data-unfinished]').waitFor();
  expect(await page.locator('.debrief [data-try-again]').count()).toBe(0);
  expect(await page.locator('.debrief .choices-table tbody tr').count()).toBe(changed.runs[0].steps.length);
  await page.click('[data-action="library"]');
  await expect.poll(() => page.locator('.library-run').count()).toBe(2);
  expect(errors).toEqual([]);
  await page.context().close();
});
