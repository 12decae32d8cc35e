// Builds the benchmark's baseline: a bare Phaser 4 + inkjs page, the way the official
// Phaser template would make it, playing scenario 1 (English) from its compiled JSON.
import { resolve } from 'node:path';
import { defineConfig, type Plugin } from 'vite';
import { compileInkFile } from '../../src/build/ink-compile.ts';

const STORY = resolve(import.meta.dirname, '../../stories/en/fight-about-nothing.ink');

/** Emits the compiled story as a plain JSON file that the scene's loader fetches. */
function storyJson(): Plugin {
  return {
    name: 'baseline-story-json',
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: 'story.json', source: compileInkFile(STORY).json });
    },
  };
}

export default defineConfig({
  root: import.meta.dirname,
  base: './',
  plugins: [storyJson()],
  build: {
    target: 'es2022',
    outDir: resolve(import.meta.dirname, '../.out/baseline'),
    emptyOutDir: true,
    chunkSizeWarningLimit: 2000,
  },
  logLevel: 'warn',
});
