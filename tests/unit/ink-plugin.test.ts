import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'vite';
import { describe, expect, it } from 'vitest';
import { compileInkFile, InkCompileError } from '../../src/build/ink-compile.ts';
import { inkPlugin, readHeaderTags } from '../../src/build/vite-plugin-ink.ts';
import { FIXTURES, ROOT } from './helpers.ts';

const BROKEN = resolve(ROOT, 'tests/fixtures/broken');

describe('ink compilation', () => {
  it('resolves INCLUDE against the root file and lists every file that went in', () => {
    const result = compileInkFile(join(FIXTURES, 'basic.ink'));
    expect(result.files.map((f) => f.replace(`${ROOT}/`, ''))).toEqual([
      'tests/fixtures/stories/en/basic.ink',
      'stories/_model.ink',
      'stories/en/_pronouns.ink',
    ]);
    expect(result.globalTags).toContain('id: basic');
    expect(JSON.parse(result.json).inkVersion).toBeGreaterThan(19);
  });

  it('reports every error with its ink file and line, included files too', () => {
    let error: unknown;
    try {
      compileInkFile(join(BROKEN, 'broken.ink'));
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(InkCompileError);
    const problems = (error as InkCompileError).problems.map((p) => ({ file: p.file.replace(`${ROOT}/`, ''), line: p.line }));
    expect(problems).toEqual(
      expect.arrayContaining([
        { file: 'tests/fixtures/broken/broken.ink', line: 6 },
        { file: 'tests/fixtures/broken/broken-include.ink', line: 3 },
      ]),
    );
    expect((error as Error).message).toMatch(/broken\.ink:6: error: .*no_such_variable/);
  });

  it('reads the global tags from the head of a scenario without compiling it', () => {
    expect(readHeaderTags(join(FIXTURES, 'basic.ink'))).toEqual(compileInkFile(join(FIXTURES, 'basic.ink')).globalTags);
  });
});

describe('the Vite plugin', () => {
  function project(main: string) {
    const dir = mkdtempSync(join(tmpdir(), 'dichtbij-plugin-'));
    writeFileSync(join(dir, 'index.html'), '<script type="module" src="./main.js"></script>');
    writeFileSync(join(dir, 'main.js'), main);
    return dir;
  }
  const plugin = () => inkPlugin({ storiesDir: resolve(FIXTURES, '..') });

  it('turns an .ink import into story JSON with a hash, and lists scenarios as lazy chunks', async () => {
    const dir = project(
      `import { scenarios } from 'virtual:scenarios';\nimport story, { hash } from '${join(FIXTURES, 'basic.ink')}';\nwindow.out = [scenarios, story, hash];`,
    );
    const output = await build({ root: dir, logLevel: 'silent', plugins: [plugin()], build: { write: false, minify: false } });
    const chunks = (Array.isArray(output) ? output[0] : output) as { output: { type: string; fileName: string; code?: string }[] };
    const code = chunks.output
      .filter((c) => c.type === 'chunk')
      .map((c) => c.code ?? '')
      .join('\n');
    expect(code).toContain('\\"inkVersion\\"');
    expect(code).toMatch(/hash = "[0-9a-f]{16}"/);
    expect(code).toContain('"id": "basic"');
    expect(code).not.toContain('InkParser');
    // every scenario of the fixtures becomes its own chunk
    // (its path map, `low-reserve.ink?map`, is another chunk, loaded only by the map screen)
    const stories = chunks.output.filter((c) => c.type === 'chunk' && /low-reserve/.test(c.fileName) && c.code?.includes('inkVersion'));
    expect(stories.length).toBe(1);
  }, 60_000);

  it('fails the build with the ink file and line of the error', async () => {
    const dir = project(`import story from '${join(BROKEN, 'broken.ink')}';\nwindow.out = story;`);
    const failure = await build({ root: dir, logLevel: 'silent', plugins: [plugin()], build: { write: false } }).then(
      () => null,
      (e: unknown) => e,
    );
    expect(failure).toBeInstanceOf(Error);
    const message = (failure as Error).message;
    expect(message).toMatch(/broken\.ink:6: error: Unresolved variable: no_such_variable/);
    expect(message).toMatch(/broken-include\.ink:3: error: Unresolved variable: not_a_kind/);
  }, 60_000);
});
