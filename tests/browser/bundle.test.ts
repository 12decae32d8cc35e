// What reaches the browser: no ink compiler anywhere, and no Phaser in the files that
// paint the menu (DESIGN.md, "Performance"; the foundation issue's "Done when").
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { DIST } from './server.ts';

interface ManifestChunk {
  file: string;
  name?: string;
  isEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
}

const manifest = () => JSON.parse(readFileSync(join(DIST, '.vite/manifest.json'), 'utf8')) as Record<string, ManifestChunk>;

function staticClosure(m: Record<string, ManifestChunk>, key: string, seen = new Set<string>()): Set<string> {
  if (seen.has(key)) return seen;
  seen.add(key);
  for (const next of m[key]?.imports ?? []) staticClosure(m, next, seen);
  return seen;
}

describe('the built bundle', () => {
  it('holds no ink compiler code, and not the dev story inspector', () => {
    const files = readdirSync(join(DIST, 'assets')).filter((f) => f.endsWith('.js'));
    expect(files.length).toBeGreaterThan(3);
    for (const file of files) {
      const code = readFileSync(join(DIST, 'assets', file), 'utf8');
      for (const marker of ['Compilation failed', 'InkParser', 'ParsedHierarchy', 'StatementLevel', 'Story inspector']) {
        expect(code.includes(marker), `${file} contains compiler code (${marker})`).toBe(false);
      }
    }
  });

  it('keeps Phaser out of the files that paint the menu, and loads each story as its own chunk', () => {
    const m = manifest();
    const entry = Object.keys(m).find((k) => m[k]?.isEntry);
    expect(entry).toBe('index.html');
    const menuFiles = [...staticClosure(m, entry ?? '')].map((k) => m[k]?.file ?? '');
    for (const file of menuFiles) {
      const code = readFileSync(join(DIST, file), 'utf8');
      expect(/Phaser v\d|WebGLRenderer|phaser\.io/.test(code), `${file} is loaded before the menu and contains Phaser`).toBe(false);
    }
    const stage = Object.keys(m).find((k) => k.endsWith('src/stage/stage-host.ts'));
    expect(stage, 'the stage is a dynamic import').toBeDefined();
    expect(menuFiles).not.toContain(m[stage ?? '']?.file);
    const stories = Object.keys(m).filter((k) => k.endsWith('.ink'));
    expect(stories.length).toBeGreaterThanOrEqual(2);
    for (const story of stories) expect(menuFiles).not.toContain(m[story]?.file);
  });

  it('keeps the story engine (inkjs) out of the files that paint the menu: it comes with the first story', () => {
    const m = manifest();
    const menuFiles = [...staticClosure(m, 'index.html')].map((k) => m[k]?.file ?? '');
    const withEngine = readdirSync(join(DIST, 'assets')).filter(
      (f) => f.endsWith('.js') && readFileSync(join(DIST, 'assets', f), 'utf8').includes('inkVersionCurrent'),
    );
    expect(withEngine.length, 'some chunk must hold the engine').toBeGreaterThan(0);
    for (const file of withEngine) expect(menuFiles, `${file} holds inkjs and is loaded before the menu`).not.toContain(`assets/${file}`);
  });

  it('paints the menu with one language: each dictionary is its own chunk, and the menu weighs no more than 38.6 KB gzip with the larger', () => {
    const m = manifest();
    const menuKeys = staticClosure(m, 'index.html');
    // A dictionary is a chunk of its own (named for its file), fetched after the entry.
    const dictionaries = ['en', 'nl'].map((name) => {
      const key = Object.keys(m).find((k) => m[k]?.name === name && !k.endsWith('.ink'));
      expect(key, `${name}.ts is a chunk of its own`).toBeDefined();
      expect(menuKeys.has(key ?? ''), `${name}.ts is loaded before the menu`).toBe(false);
      return m[key ?? '']?.file ?? '';
    });
    const gz = (file: string) => gzipSync(readFileSync(join(DIST, file)), { level: 9 }).length;
    const menu = [...menuKeys].map((k) => m[k]?.file ?? '').filter((f) => f.endsWith('.js'));
    const bytes = menu.reduce((sum, file) => sum + gz(file), 0) + Math.max(...dictionaries.map(gz));
    expect(bytes).toBeLessThanOrEqual(38_600);
  });
});
