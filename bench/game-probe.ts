// Measures the game the way a player meets it: the menu, scenario 1's start screen, the
// first choice, scripted play, answers by key, and many starts and quits.
import type { Browser, Page } from 'playwright-core';
import {
  expectWebGl,
  frameTimes,
  heapAfterGc,
  jsGzipBefore,
  markTime,
  newPage,
  type PlayScript,
  type Served,
  throttle,
} from './page-tools.ts';

const SCENARIO_1 = '[data-scenario="fight-about-nothing"]';
const CHOICE = '[data-choices] button';

export interface GameLoad {
  menuMs: number;
  jsBeforeMenu: number;
  firstChoiceMs: number;
}

// Runs before the page's own scripts: notes when the first choice button enters the DOM.
const FIRST_CHOICE_WATCH = `(() => {
  const observer = new MutationObserver(() => {
    if (document.querySelector('${CHOICE}')) {
      window.__benchFirstChoice = performance.now();
      observer.disconnect();
    }
  });
  observer.observe(document, { childList: true, subtree: true });
})();`;

// Keeps the page's AudioContext, to know when the soundscape really plays.
const AUDIO_WATCH = `(() => {
  const Real = window.AudioContext;
  window.AudioContext = class extends Real {
    constructor(options) {
      super(options);
      window.__benchAudio = this;
    }
  };
})();`;

async function openMenu(browser: Browser, served: Served, initScript = ''): Promise<{ page: Page; menuMs: number }> {
  const page = await newPage(browser, served.url);
  await page.addInitScript(FIRST_CHOICE_WATCH + initScript);
  await page.goto(served.url);
  const menuMs = await markTime(page, 'dichtbij:menu-interactive');
  const interactive = await page.evaluate(
    (selector) => window.__dichtbij?.ready === true && document.querySelector(selector) !== null,
    SCENARIO_1,
  );
  if (!interactive) throw new Error('the game marked its menu interactive without a Play button for scenario 1');
  return { page, menuMs };
}

/**
 * A mouse click in the middle of an element, as soon as it is on screen. Playwright's own
 * click first waits for the element to hold still over two animation frames: on a loaded
 * machine that wait alone can take longer than the page's work, and the baseline has no
 * clicks to pay it on.
 */
async function clickOn(page: Page, selector: string): Promise<void> {
  // One round trip: wait for the element and read where it is, checking every 20 ms.
  const handle = await page.waitForFunction(
    (s) => {
      const element = document.querySelector(s);
      if (!element) return null;
      element.scrollIntoView({ block: 'nearest' });
      const r = element.getBoundingClientRect();
      return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
    },
    selector,
    { polling: 20 },
  );
  const at = (await handle.jsonValue()) as { x: number; y: number };
  await page.mouse.click(at.x, at.y);
}

/** The middle of the first enabled choice, scrolled into view; null when there is none. */
const nextChoiceCenter = (page: Page) =>
  page.evaluate((s) => {
    const element = document.querySelector(s);
    if (!element) return null;
    element.scrollIntoView({ block: 'nearest' });
    const r = element.getBoundingClientRect();
    return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
  }, `${CHOICE}:not([aria-disabled])`);

/** From the menu through the start screen to scenario 1's first choice; the stage may come later. */
async function startScenario(page: Page): Promise<void> {
  await clickOn(page, SCENARIO_1);
  await clickOn(page, '[data-begin]');
  await page.locator(CHOICE).first().waitFor();
}

async function waitForStage(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const game = window.__dichtbij.game as { isBooted?: boolean } | null;
    return document.querySelector('.stage-slot')?.getAttribute('data-stage') === 'ready' && game?.isBooted === true;
  });
}

export const gameScript = (durationMs: number, everyMs: number): PlayScript => ({
  durationMs,
  everyMs,
  nextChoice: nextChoiceCenter,
});

/** Menu and first choice, then frame times of scripted play on the same page. */
export async function measureGameLoad(browser: Browser, served: Served, script: PlayScript): Promise<GameLoad & { frames: number[] }> {
  const { page, menuMs } = await openMenu(browser, served);
  const jsBeforeMenu = await jsGzipBefore(page, served, menuMs);
  await startScenario(page);
  const firstChoiceMs = await page.evaluate(() => (window as unknown as { __benchFirstChoice: number }).__benchFirstChoice);
  await waitForStage(page);
  await expectWebGl(page, 'game');
  const frames = await frameTimes(page, script);
  await page.context().close();
  return { menuMs, jsBeforeMenu, firstChoiceMs, frames };
}

/**
 * Scripted play with sound on: switched on by its key (a real gesture) once the stage is up,
 * and measured only once the audio clock runs, so the room tone and heartbeat play throughout.
 */
export async function measureGameWithSound(browser: Browser, served: Served, script: PlayScript): Promise<number[]> {
  const { page } = await openMenu(browser, served, AUDIO_WATCH);
  await startScenario(page);
  await waitForStage(page);
  await page.keyboard.press('s');
  await page.waitForFunction(() => (window as unknown as { __benchAudio?: AudioContext }).__benchAudio?.state === 'running', null, {
    polling: 50,
  });
  const frames = await frameTimes(page, script);
  await page.context().close();
  return frames;
}

export async function measureGameThrottled(browser: Browser, served: Served, script: PlayScript, rate: number): Promise<number[]> {
  const { page } = await openMenu(browser, served);
  await startScenario(page);
  await waitForStage(page);
  await throttle(page, rate);
  const frames = await frameTimes(page, script);
  await page.context().close();
  return frames;
}

/** Answers by key: the wall time of each, and the main thread's own CPU time in each keydown. */
export interface KeyTimes {
  /** Keydown (its event timestamp) to the mutation that puts new text in the log. */
  toText: number[];
  /** CPU time of the keydown's dispatch on the page's main thread (a Chromium trace's thread
   * time): the work itself, without waiting for a core that other threads hold. */
  handlerCpu: number[];
}

/**
 * Plays scenario 1 to its end by number keys and returns, for every answer but the last
 * (which ends it), the time from the keydown (its event timestamp) to the mutation that
 * puts new text in the log; and the CPU time of every keydown, from a trace.
 */
export async function measureKeyToText(browser: Browser, served: Served): Promise<KeyTimes> {
  const { page } = await openMenu(browser, served);
  await startScenario(page);
  await waitForStage(page);
  await page.evaluate(() => {
    const keys = { samples: [] as number[], pending: null as number | null };
    (window as unknown as { __keys: typeof keys }).__keys = keys;
    window.addEventListener(
      'keydown',
      (event) => {
        if (/^[1-9]$/.test(event.key)) keys.pending = event.timeStamp;
      },
      true,
    );
    new MutationObserver((mutations) => {
      const log = document.querySelector('[role="log"]');
      if (keys.pending === null || !log) return;
      if (mutations.some((m) => log.contains(m.target) && (m.addedNodes.length > 0 || m.type === 'characterData'))) {
        keys.samples.push(performance.now() - keys.pending);
        keys.pending = null;
      }
    }).observe(document.body, { childList: true, subtree: true, characterData: true });
  });
  await browser.startTracing(page, { categories: ['devtools.timeline'] });
  // The last answer shows the ending's passage in the log (with a way on to the debrief).
  for (let answered = 0; (await page.locator('[data-ending], .story-end:not([hidden])').count()) === 0; answered++) {
    if (answered > 40) throw new Error('scenario 1 did not end after 40 answers');
    const number = await page.evaluate((selector) => {
      const buttons = [...document.querySelectorAll<HTMLButtonElement>(selector)];
      const index = buttons.findIndex((b) => !b.hasAttribute('aria-disabled'));
      return index < 0 ? null : index + 1;
    }, CHOICE);
    if (number === null) throw new Error('a choice point offered no open option');
    await page.keyboard.press(String(number));
    await page.waitForFunction(
      (n) => (window as unknown as { __keys: { samples: number[] } }).__keys.samples.length > n || document.querySelector('[data-ending]'),
      answered,
    );
    // A reader takes a moment before the next answer; let saving and the stage settle.
    await page.waitForTimeout(150);
  }
  const trace = await browser.stopTracing();
  const samples = await page.evaluate(() => (window as unknown as { __keys: { samples: number[] } }).__keys.samples);
  await page.context().close();
  return { toText: samples, handlerCpu: keydownCpu(trace) };
}

/** The thread time (ms) of each keydown dispatch in a Chromium trace. */
export function keydownCpu(trace: Buffer): number[] {
  const events = (JSON.parse(trace.toString()) as { traceEvents: TraceEvent[] }).traceEvents;
  return events
    .filter((e) => e.name === 'EventDispatch' && e.ph === 'X' && e.args?.data?.type === 'keydown' && typeof e.tdur === 'number')
    .map((e) => (e.tdur as number) / 1000);
}

interface TraceEvent {
  name: string;
  ph: string;
  tdur?: number;
  args?: { data?: { type?: string } };
}

/**
 * What the page keeps, not what is still on its way: saves to IndexedDB in flight hold their
 * run, and on a loaded machine they can lag a second behind the clicks.
 */
async function settled(page: Page): Promise<Page> {
  await page.waitForTimeout(1000);
  await page.evaluate(() => new Promise<void>((resolve) => requestIdleCallback(() => resolve(), { timeout: 3000 })));
  return page;
}

export interface HeapReadings {
  afterOne: { objects: number; code: number };
  afterAll: { objects: number; code: number };
}

/** Heap after one start and quit of scenario 1, and after `starts` of them. */
export async function measureHeap(browser: Browser, served: Served, starts: number): Promise<HeapReadings> {
  const { page } = await openMenu(browser, served);
  let afterOne = { objects: 0, code: 0 };
  for (let i = 1; i <= starts; i++) {
    await startScenario(page);
    await waitForStage(page);
    await clickOn(page, '[data-action="quit"]');
    await page.locator(SCENARIO_1).waitFor();
    if (i === 1) afterOne = await heapAfterGc(await settled(page));
  }
  const afterAll = await heapAfterGc(await settled(page));
  await page.context().close();
  return { afterOne, afterAll };
}
