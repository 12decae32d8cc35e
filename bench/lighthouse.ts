// Lighthouse (mobile: simulated slow 4G and 4x CPU, its defaults) on the built game's menu,
// in the same Chromium the bench drives: the scores, and the layout shift on its own, since
// the menu reflowing when its fonts arrive is what this bench watches for. One run's
// performance score moves by several points with the machine's load (Lighthouse's own advice
// is the median of five), so the bench runs it once per run and reports medians.
import { createServer } from 'node:net';
import lighthouse from 'lighthouse';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS } from '../tests/browser/chromium.ts';

export interface LighthouseScores {
  performance: number;
  accessibility: number;
  bestPractices: number;
  cumulativeLayoutShift: number;
  /** The timings behind the performance score, in ms: they say which part moved. */
  firstContentfulPaint: number;
  largestContentfulPaint: number;
  totalBlockingTime: number;
  speedIndex: number;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

export async function runLighthouse(chromiumPath: string, url: string): Promise<LighthouseScores> {
  const port = await freePort();
  const browser = await chromium.launch({ executablePath: chromiumPath, args: [...CHROMIUM_ARGS, `--remote-debugging-port=${port}`] });
  try {
    const result = await lighthouse(url, {
      port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance', 'accessibility', 'best-practices'],
    });
    const lhr = result?.lhr;
    if (!lhr) throw new Error('Lighthouse returned no report');
    const score = (id: string) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
    const value = (id: string) => Number(lhr.audits[id]?.numericValue ?? Number.NaN);
    return {
      performance: score('performance'),
      accessibility: score('accessibility'),
      bestPractices: score('best-practices'),
      cumulativeLayoutShift: value('cumulative-layout-shift'),
      firstContentfulPaint: value('first-contentful-paint'),
      largestContentfulPaint: value('largest-contentful-paint'),
      totalBlockingTime: value('total-blocking-time'),
      speedIndex: value('speed-index'),
    };
  } finally {
    await browser.close();
  }
}
