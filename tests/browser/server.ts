// Builds the game once and serves dist/ for the browser tests.
import { resolve } from 'node:path';
import { build, type PreviewServer, preview } from 'vite';

export const ROOT = resolve(import.meta.dirname, '../..');
export const DIST = resolve(ROOT, 'dist');

export async function buildGame(outDir = DIST): Promise<void> {
  // Vitest sets NODE_ENV=test, which would make Vite build a dev-flavoured bundle
  // (import.meta.env.DEV true). The tests must see what players get.
  const previous = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({ root: ROOT, mode: 'production', logLevel: 'warn', build: { outDir, emptyOutDir: true } });
  } finally {
    process.env.NODE_ENV = previous;
  }
}

export async function serveGame(port = 0, outDir = DIST): Promise<{ url: string; close: () => Promise<void> }> {
  const server: PreviewServer = await preview({
    root: ROOT,
    logLevel: 'warn',
    preview: { port, strictPort: false, host: '127.0.0.1' },
    build: { outDir },
  });
  const address = server.resolvedUrls?.local[0];
  if (!address) throw new Error('the preview server has no address');
  return { url: address, close: () => server.close() };
}
