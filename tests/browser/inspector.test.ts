// The story inspector lives in the dev server only (the bundle test checks it is not in
// a production build). Here: a real dev server, an author setting meters and jumping.
import type { Browser } from 'playwright-core';
import { createServer, type ViteDevServer } from 'vite';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { launch } from './browser.ts';
import { ROOT } from './server.ts';

let browser: Browser;
let server: ViteDevServer;
beforeAll(async () => {
  browser = await launch();
  server = await createServer({ root: ROOT, logLevel: 'silent', server: { port: 0, host: '127.0.0.1', hmr: false } });
  await server.listen();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

it('lets an author set the meters, jump to any knot and see the tags of the current line', async () => {
  const url = server.resolvedUrls?.local[0];
  expect(url).toBeDefined();
  const page = await browser.newPage({ locale: 'en-GB' });
  await page.goto(url ?? '');
  await page.click('[data-scenario="fight-about-nothing"]');
  await page.click('[data-begin]');
  await page.locator('[data-inspector]').waitFor();
  await expect(page.locator('.inspector-tags').textContent()).resolves.toMatch(/#pose:reaching/);

  await page.fill('[data-inspect-meter="alarm"]', '9');
  await page.press('[data-inspect-meter="alarm"]', 'Tab');
  await page.locator('[data-meter="alarm"][data-value="9"]').waitFor();

  expect(await page.locator('#inspect-knot option').allTextContents()).not.toContain('respond');
  await page.selectOption('#inspect-knot', 'later');
  await page.click('[data-inspect-jump]');
  await page.locator('[role="log"]', { hasText: 'hallway floor' }).waitFor();
  await expect(page.locator('.inspector-vars').textContent()).resolves.toMatch(/alarm9/);
  await page.close();
});
