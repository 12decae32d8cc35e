// Browser security: the built page carries a Content-Security-Policy that allows only the
// game's own origin (which includes its workshop socket) and no eval, and the browser
// enforces it while the game runs.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { baseOrigin, openGame, useBrowser } from './browser.ts';
import { DIST } from './server.ts';

const browser = useBrowser();

function policy(): Map<string, string[]> {
  const html = readFileSync(join(DIST, 'index.html'), 'utf8');
  const content = (/http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1] ?? '').replaceAll('&#39;', "'");
  return new Map(
    content
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((parts) => parts[0])
      .map(([name, ...values]) => [name as string, values]),
  );
}

it('allows only its own origin, with no eval and no inline script', () => {
  const csp = policy();
  expect(csp.get('default-src')).toEqual(["'self'"]);
  expect(csp.get('script-src')).toEqual(["'self'"]);
  expect(csp.get('connect-src')).toEqual(["'self'"]);
  expect(csp.get('object-src')).toEqual(["'none'"]);
  for (const [, values] of csp) {
    expect(values.some((v) => /unsafe-eval|unsafe-inline|\*|https?:/.test(v))).toBe(false);
  }
});

it('is enforced while the game runs: code from strings and foreign requests are refused', async () => {
  const { page, errors, requests } = await openGame(browser(), { locale: 'en-GB' });
  // Code from strings (a string timer, an inline script) must not run under the policy.
  const ran = await page.evaluate(async () => {
    const probe = window as { __stringCode?: boolean; __inlineScript?: boolean };
    const violations: string[] = [];
    document.addEventListener('securitypolicyviolation', (e) => violations.push(e.violatedDirective));
    setTimeout('window.__stringCode = true', 0);
    const script = document.createElement('script');
    script.textContent = 'window.__inlineScript = true';
    document.head.append(script);
    await new Promise((resolve) => setTimeout(resolve, 200));
    return { stringCode: probe.__stringCode === true, inlineScript: probe.__inlineScript === true, violations };
  });
  expect(ran.stringCode).toBe(false);
  expect(ran.inlineScript).toBe(false);
  expect(ran.violations.length).toBeGreaterThanOrEqual(2);
  const fetched = await page.evaluate(() =>
    fetch('http://example.invalid/telemetry').then(
      () => 'sent',
      () => 'refused',
    ),
  );
  expect(fetched).toBe('refused');
  await page.click('[data-scenario="fight-about-nothing"]');
  await page.click('[data-begin]');
  await page.locator('[data-choices] button').first().click();
  // The policy refused the foreign fetch before it left: no request but the game's own.
  expect(requests.filter((url) => !url.startsWith(baseOrigin()) && !url.startsWith('data:') && !url.startsWith('blob:'))).toEqual([]);
  // The refusals are the policy's console reports, nothing else.
  expect(errors.every((e) => /Content Security Policy|Failed to fetch|example\.invalid|ERR_/.test(e))).toBe(true);
  await page.context().close();
});
