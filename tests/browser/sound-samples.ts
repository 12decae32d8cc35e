// The soundscape rendered offline in the page (the same graph the game plays), brought back
// as samples and measured: peak, RMS, clipping, and the heartbeat's beats.
import type { Page } from 'playwright-core';
import type { RenderRequest } from '../../src/sound/offline-render.ts';

export interface Rendered {
  sampleRate: number;
  samples: Float32Array;
}

export async function renderSound(page: Page, request: RenderRequest): Promise<Rendered> {
  const { sampleRate, base64 } = await page.evaluate(async (r) => {
    const render = window.__dichtbij.renderSound;
    if (!render) throw new Error('the game has no sound renderer');
    return render(r);
  }, request);
  const bytes = Buffer.from(base64, 'base64');
  return { sampleRate, samples: new Float32Array(bytes.buffer, bytes.byteOffset, bytes.byteLength / 4) };
}

export interface Levels {
  peak: number;
  rms: number;
  /** Samples at or beyond full scale. */
  clipped: number;
}

export function levels({ samples, sampleRate }: Rendered, fromSecond = 0): Levels {
  let peak = 0;
  let sum = 0;
  let clipped = 0;
  const start = Math.floor(fromSecond * sampleRate);
  for (let i = start; i < samples.length; i++) {
    const x = Math.abs(samples[i] ?? 0);
    peak = Math.max(peak, x);
    sum += x * x;
    if (x >= 0.999) clipped++;
  }
  return { peak, rms: Math.sqrt(sum / Math.max(1, samples.length - start)), clipped };
}

/**
 * Beat onsets from `from` on, in seconds: where the loudness (the largest sample of each
 * millisecond) rises through 60% of its top after `from`, at least `refractory` seconds after
 * the last onset (so the softer second sound of a lub-dub is not counted as a beat of its own).
 */
export function beatOnsets({ samples, sampleRate }: Rendered, o: { from: number; refractory?: number }): number[] {
  const step = Math.round(sampleRate / 1000);
  const envelope: number[] = [];
  for (let i = 0; i + step <= samples.length; i += step) {
    let most = 0;
    for (let j = i; j < i + step; j++) most = Math.max(most, Math.abs(samples[j] ?? 0));
    envelope.push(most);
  }
  const first = Math.floor(o.from * 1000);
  const top = Math.max(...envelope.slice(first));
  const threshold = 0.6 * top;
  const refractory = (o.refractory ?? 0.3) * 1000;
  const onsets: number[] = [];
  let last = -Infinity;
  // From the start, so that a beat just before `from` still hides its own second sound.
  for (let ms = 1; ms < envelope.length; ms++) {
    if ((envelope[ms] ?? 0) >= threshold && (envelope[ms - 1] ?? 0) < threshold && ms - last >= refractory) {
      if (ms >= first) onsets.push(ms / 1000);
      last = ms;
    }
  }
  return onsets;
}

export function intervals(onsets: readonly number[]): number[] {
  return onsets.slice(1).map((t, i) => t - (onsets[i] ?? 0));
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? (sorted[mid] ?? Number.NaN) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}
