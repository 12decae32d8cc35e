// What the benchmark does in a page, the same way on the game and on the baseline:
// JS bytes fetched before a moment, frame times during scripted play, CPU throttling, heap.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser, CDPSession, Page } from 'playwright-core';

export interface Served {
  url: string;
  /** The built files behind the URL, to weigh what the page fetched. */
  outDir: string;
}

export async function newPage(browser: Browser, url: string): Promise<Page> {
  const context = await browser.newContext({ locale: 'en-GB', viewport: { width: 1280, height: 720 }, reducedMotion: 'no-preference' });
  const page = await context.newPage();
  page.on('pageerror', (error) => console.error(`  page error on ${url}: ${error.message}`));
  return page;
}

/** Start time (ms since navigation) of a performance mark, once the page has set it. */
export async function markTime(page: Page, name: string): Promise<number> {
  const handle = await page.waitForFunction((n) => performance.getEntriesByName(n, 'mark')[0]?.startTime ?? null, name, {
    timeout: 60_000,
    polling: 20,
  });
  return (await handle.jsonValue()) as number;
}

const gzipCache = new Map<string, number>();

/** Gzip bytes of the JS files the page had started fetching by `beforeMs`, weighed from the build. */
export async function jsGzipBefore(page: Page, served: Served, beforeMs: number): Promise<number> {
  const paths = await page.evaluate(
    (before) =>
      performance
        .getEntriesByType('resource')
        .filter((entry) => entry.startTime <= before && new URL(entry.name).pathname.endsWith('.js'))
        .map((entry) => new URL(entry.name).pathname),
    beforeMs,
  );
  let total = 0;
  for (const path of new Set(paths)) {
    const file = join(served.outDir, decodeURIComponent(path));
    let size = gzipCache.get(file);
    if (size === undefined) {
      size = gzipSync(readFileSync(file), { level: 9 }).length;
      gzipCache.set(file, size);
    }
    total += size;
  }
  return total;
}

/** Phaser's renderer: 2 is WebGL. Both pages must draw with WebGL for a fair comparison. */
export async function rendererType(page: Page, which: 'game' | 'baseline'): Promise<number | null> {
  return page.evaluate((w) => {
    const hooks = window as unknown as { __dichtbij?: { game: unknown }; __baseline?: { game: unknown } };
    const game = (w === 'game' ? hooks.__dichtbij?.game : hooks.__baseline?.game) as { renderer?: { type?: number } } | null;
    return game?.renderer?.type ?? null;
  }, which);
}

export async function expectWebGl(page: Page, which: 'game' | 'baseline'): Promise<void> {
  const type = await rendererType(page, which);
  if (type !== 2)
    throw new Error(`the ${which} page does not run Phaser on WebGL (renderer type ${type}); the comparison would not be fair`);
}

export async function throttle(page: Page, rate: number): Promise<CDPSession> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  return cdp;
}

export interface PlayScript {
  durationMs: number;
  /** Time between two choices. */
  everyMs: number;
  /** Where the next choice is on screen (client pixels), or null when there is none. */
  nextChoice: (page: Page) => Promise<{ x: number; y: number } | null>;
}

// A string, not a function: tsx would wrap named functions in a helper the page lacks.
const FRAME_RECORDER = `(() => {
  window.__frames = { deltas: [], running: true };
  let last = null;
  const tick = (time) => {
    if (last !== null) window.__frames.deltas.push(time - last);
    last = time;
    if (window.__frames.running) requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
})()`;

/**
 * requestAnimationFrame deltas while the script plays: a choice clicked with the mouse
 * at a steady pace, so both pages run their transitions during the recording.
 */
export async function frameTimes(page: Page, script: PlayScript): Promise<number[]> {
  await page.evaluate(FRAME_RECORDER);
  const start = Date.now();
  for (let i = 0; ; i++) {
    const at = start + script.everyMs / 2 + i * script.everyMs;
    if (at > start + script.durationMs) break;
    await sleep(at - Date.now());
    const target = await script.nextChoice(page);
    if (target) await page.mouse.click(target.x, target.y);
  }
  await sleep(start + script.durationMs - Date.now());
  return page.evaluate(() => {
    const w = window as unknown as { __frames: { deltas: number[]; running: boolean } };
    w.__frames.running = false;
    return w.__frames.deltas;
  });
}

/**
 * The page's heap after a full garbage collection, from a heap snapshot, leaving out V8's
 * compiled code: the JIT tiers functions up and flushes old bytecode as a page runs, which
 * moves the heap by most of a megabyte either way and says nothing about what the page keeps.
 */
export async function heapAfterGc(page: Page): Promise<{ objects: number; code: number }> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const chunks: string[] = [];
  cdp.on('HeapProfiler.addHeapSnapshotChunk', (event) => chunks.push(event.chunk));
  await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
  await cdp.detach();
  const { snapshot, nodes } = JSON.parse(chunks.join('')) as HeapSnapshot;
  const fields = snapshot.meta.node_fields;
  const typeNames = snapshot.meta.node_types[0];
  const typeAt = fields.indexOf('type');
  const sizeAt = fields.indexOf('self_size');
  const sizes = { objects: 0, code: 0 };
  for (let i = 0; i < nodes.length; i += fields.length) {
    const size = nodes[i + sizeAt] ?? 0;
    if (typeNames[nodes[i + typeAt] ?? 0] === 'code') sizes.code += size;
    else sizes.objects += size;
  }
  return sizes;
}

interface HeapSnapshot {
  snapshot: { meta: { node_fields: string[]; node_types: [string[], ...unknown[]] } };
  nodes: number[];
}

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, Math.max(0, ms)));
