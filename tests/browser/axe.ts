// Accessibility checks for browser tests: axe-core's WCAG 2.1 A/AA rules, and the size of
// every touch target (WCAG 2.5.5's 44 px, which axe does not check at AA).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core'), 'utf8');
export const WCAG_21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** Every WCAG 2.1 A/AA violation on the page, one readable line per element. */
export async function axeViolations(page: Page): Promise<string[]> {
  // Evaluated through the DevTools protocol, so the page's CSP (script-src 'self') allows it.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  return page.evaluate(async (tags) => {
    const axe = (window as unknown as { axe: typeof import('axe-core') }).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
    return result.violations.flatMap((v) =>
      v.nodes.map((n) => `${v.id}: ${n.target.join(' ')} (${n.failureSummary?.split('\n')[1]?.trim()})`),
    );
  }, WCAG_21_AA);
}

/** Visible controls smaller than 44 x 44 CSS px (a checkbox or radio counts by its label). */
export async function smallTargets(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const small: string[] = [];
    const root = document.querySelector('dialog[open]') ?? document.body;
    for (const el of root.querySelectorAll<HTMLElement>('button, a[href], summary, select, input, textarea')) {
      const target = el instanceof HTMLInputElement && (el.type === 'checkbox' || el.type === 'radio') ? el.closest('label') : el;
      if (!target || (el instanceof HTMLInputElement && el.type === 'file')) continue;
      const box = target.getBoundingClientRect();
      const style = getComputedStyle(target);
      if (box.width === 0 || style.visibility === 'hidden' || box.right < 0) continue;
      if (box.height < 43.5 || box.width < 43.5) {
        small.push(
          `${target.tagName.toLowerCase()}.${target.className} "${target.textContent?.trim().slice(0, 30)}" ${Math.round(box.width)}x${Math.round(box.height)}`,
        );
      }
    }
    return small;
  });
}
