// Replaying to compare: finish a run, try another answer at the first moment, finish the
// branch, then lay both side by side and see both on the scenario's path map.
import { expect, it } from 'vitest';
import { finishScenario, openGame, playToEnd, useBrowser } from './browser.ts';

const browser = useBrowser();

it('compares a run with its branch from the first choice point, and draws both on the path map', async () => {
  const { page, errors } = await openGame(browser(), { locale: 'en-GB' });
  await finishScenario(page);
  const firstEnding = await page.locator('[data-ending]').getAttribute('data-ending');
  const steps = await page.locator('.choices-table tbody tr').count();

  // Rewind from the debrief's table of choices to the first moment and answer differently.
  await page.click('.table-details summary');
  await page.click('.choices-table [data-try-again="0"]');
  await page.locator('[data-choices] button').first().waitFor();
  const options = await page.locator('[data-choices] button').allTextContents();
  await page.locator('[data-choices] button:not([aria-disabled])').nth(1).click();
  await playToEnd(page, 'attune');

  await page.click('[data-action="compare"]');
  const compare = page.locator('section.compare');
  await compare.waitFor();
  expect(await compare.getAttribute('data-divergence')).toBe('1');
  const first = page.locator('.compare-table tbody tr').first();
  expect(await first.getAttribute('class')).toContain('divergence');
  expect(await first.locator('[data-divergence]').textContent()).toBe('Here the runs part');
  const answerA = (await first.locator('td[data-side="a"] .answer').textContent()) ?? '';
  const answerB = (await first.locator('td[data-side="b"] .answer').textContent()) ?? '';
  expect(answerA).not.toBe(answerB);
  expect(options[0]).toContain(answerA);
  expect(options[1]).toContain(answerB);
  // both endings, both curves (bold and faint), and the table's header row
  expect(await page.locator('[data-compare-ending]').nth(0).getAttribute('data-compare-ending')).toBe(firstEnding);
  expect(await page.locator('[data-compare-ending]').count()).toBe(2);
  expect(await page.locator('.compare .meter-chart polyline.faint').count()).toBe(3);
  expect(await page.locator('.compare .meter-chart polyline:not(.faint)').count()).toBe(3);
  expect(await page.locator('.compare-table thead th').allTextContents()).toEqual([
    'Moment',
    'Run A',
    'Run B',
    'Alarm A / B',
    'Trust A / B',
    'Reserve A / B',
  ]);

  // Back to the debrief, then the map: the branch's path drawn, what it skipped faint.
  await page.click('[data-action="back"]');
  await page.click('[data-action="map"]');
  await page.locator('.path-map svg').waitFor();
  expect(await page.locator('.path-map').getAttribute('data-orientation')).toBe('horizontal');
  const branchSteps = await page.evaluate(() => document.querySelectorAll('.map-option.is-chosen').length);
  expect(await page.locator('.map-svg .link.on-path').count()).toBe(branchSteps);
  expect(await page.locator('.map-svg .node.unreached').count()).toBeGreaterThan(0);
  const firstPoint = page.locator('.map-point').first();
  expect(await firstPoint.locator('.map-option').nth(0).getAttribute('data-picks')).toBe('1');
  expect(await firstPoint.locator('.map-option').nth(1).getAttribute('data-picks')).toBe('1');
  expect(await firstPoint.locator('.map-option.is-chosen .map-option-text').textContent()).toBe(answerB);
  expect(await page.locator('.map-svg').getAttribute('aria-label')).toMatch(/^A map of \d+ moments and \d endings\. The chosen run passes/);

  // Pick the first run instead: its path is drawn now.
  await page.selectOption('#map-run', { index: 2 });
  await page.waitForFunction((n) => document.querySelectorAll('.map-svg .link.on-path').length === n, steps);
  expect(errors).toEqual([]);
  await page.context().close();
});

it('draws the map top to bottom on a phone, and reaches it and compare from the library', async () => {
  const { page, errors } = await openGame(browser(), { locale: 'nl-NL', viewport: { width: 390, height: 844 } });
  await finishScenario(page);
  await page.click('[data-action="play-again"]');
  await page.click('[data-begin]');
  await playToEnd(page, 'pursue');

  await page.click('[data-action="library"]');
  await page.locator('.library-run').nth(1).waitFor();
  await page.locator('.library-run [data-action="compare"]').first().click();
  await page.locator('section.compare').waitFor();
  expect(await page.locator('section.compare h2').textContent()).toMatch(/^Twee spellen naast elkaar/);
  expect(await page.locator('.compare-table tbody tr').count()).toBeGreaterThan(5);
  // On a phone the table's rows become cards that fit the screen.
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);

  await page.click('[data-action="back"]');
  await page.locator('.library-run [data-action="map"]').first().click();
  await page.locator('.path-map svg').waitFor();
  expect(await page.locator('.path-map').getAttribute('data-orientation')).toBe('vertical');
  const box = await page.locator('.map-svg').boundingBox();
  expect(box && box.width <= 390 && box.height > box.width).toBe(true);
  expect(await page.locator('.map-words > li').count()).toBeGreaterThan(5);
  expect(errors).toEqual([]);
  await page.context().close();
});
