import { defineConfig } from 'vitest/config';

// Five kinds of tests, one command (`npm test` runs them after typecheck and lint):
// unit (core, plugin, UI logic under Node), server (the workshop relay), stories (every path of every scenario),
// browser (the built game in a real Chromium, driven like a person).
export default defineConfig({
  test: {
    projects: [
      { test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], environment: 'node' } },
      // The workshop relay: real sockets on loopback, no browser and no build needed.
      { test: { name: 'server', include: ['tests/server/**/*.test.ts'], environment: 'node', testTimeout: 60_000 } },
      { test: { name: 'stories', include: ['tests/stories/**/*.test.ts'], environment: 'node', testTimeout: 180_000 } },
      {
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/browser/global-setup.ts'],
          testTimeout: 120_000,
          hookTimeout: 240_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
