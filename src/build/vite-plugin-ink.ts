// Our own Vite plugin for ink (no maintained one can be installed here).
// - `import story from './x.ink'` compiles the file at dev and build time with inkjs's
//   compiler and yields the runtime JSON, its hash and its global tags. The compiler
//   stays in Node; the browser gets data only.
// - `virtual:scenarios` lists every scenario (stories/<lang>/<id>.ink) with the metadata
//   of its global tags and a lazy loader, so each story is its own chunk.
// - `import map from './x.ink?map'` is the scenario's path map, made by the same
//   exhaustive explorer as the story tests (cached on disk by the story's hash, because
//   exploring takes seconds).
// - INCLUDEd files are watched; saving any .ink file reloads the page in dev.
// - Compile errors fail the build and show in the dev overlay, with file and line.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import type { Plugin } from 'vite';
import { MAP_NAME } from '../core/story-map.ts';
import { parseGlobalTags } from '../core/tags.ts';
import { compileInkFile, formatProblem, InkCompileError } from './ink-compile.ts';
import { exploreScenario, scenarioFiles } from './story-check.ts';

export const SCENARIOS_ID = 'virtual:scenarios';
const RESOLVED_SCENARIOS_ID = `\0${SCENARIOS_ID}`;

export interface InkPluginOptions {
  /** Folder with stories/<lang>/<id>.ink, relative to the Vite root. */
  storiesDir?: string;
  /** Where path maps are cached between builds (default node_modules/.cache/dichtbij-maps). */
  mapCacheDir?: string | null;
}

// Bump when the explorer's map changes shape, so stale cached maps are not used.
const MAP_FORMAT = 2;

export function inkPlugin(options: InkPluginOptions = {}): Plugin {
  let root = process.cwd();
  let storiesDir = resolve(root, options.storiesDir ?? 'stories');
  let cacheDir: string | null = null;

  return {
    name: 'dichtbij-ink',
    enforce: 'pre',
    configResolved(config) {
      root = config.root;
      storiesDir = resolve(root, options.storiesDir ?? 'stories');
      cacheDir = options.mapCacheDir === null ? null : resolve(root, options.mapCacheDir ?? 'node_modules/.cache/dichtbij-maps');
    },
    resolveId(id) {
      if (id === SCENARIOS_ID) return RESOLVED_SCENARIOS_ID;
      return null;
    },
    load(id) {
      if (id === RESOLVED_SCENARIOS_ID) {
        const entries = scenarioFiles(storiesDir).map(({ id: scenarioId, lang, file }) => {
          this.addWatchFile(file);
          const { meta } = parseGlobalTags(readHeaderTags(file));
          return `  { id: ${JSON.stringify(scenarioId)}, lang: ${JSON.stringify(lang)}, meta: ${JSON.stringify(meta)}, load: () => import(${JSON.stringify(file)}), loadMap: () => import(${JSON.stringify(`${file}?map`)}) },`;
        });
        return `export const scenarios = [\n${entries.join('\n')}\n];\n`;
      }
      const file = id.split('?')[0] ?? id;
      if (!file.endsWith('.ink')) return null;
      try {
        const compiled = compileInkFile(file);
        for (const included of compiled.files) this.addWatchFile(included);
        for (const warning of compiled.warnings) this.warn(formatProblem(warning));
        const hash = createHash('sha256').update(compiled.json).digest('hex').slice(0, 16);
        if (new URLSearchParams(id.split('?')[1] ?? '').has('map')) {
          const scenarioId = file.slice(file.lastIndexOf('/') + 1, -'.ink'.length);
          return `export default ${storyMapJson(compiled.json, scenarioId, `${hash}-${MAP_FORMAT}`, cacheDir)};`;
        }
        return [
          `export const json = ${JSON.stringify(compiled.json)};`,
          `export const hash = ${JSON.stringify(hash)};`,
          `export const globalTags = ${JSON.stringify(compiled.globalTags)};`,
          'export default json;',
        ].join('\n');
      } catch (err) {
        if (!(err instanceof InkCompileError)) throw err;
        for (const included of err.files) this.addWatchFile(included);
        const first = err.problems[0];
        const lines = err.problems.map((p) => formatProblem({ ...p, file: relative(root, p.file) }));
        this.error({
          message: `ink: ${err.problems.length} error${err.problems.length === 1 ? '' : 's'}\n${lines.join('\n')}`,
          id: first?.file ?? file,
          loc: { file: first?.file ?? file, line: first?.line ?? 1, column: 0 },
        });
      }
    },
    handleHotUpdate({ file, server }) {
      if (!file.endsWith('.ink')) return;
      // ink has no hot swap: a story's state cannot survive a recompile, so reload.
      const virtual = server.moduleGraph.getModuleById(RESOLVED_SCENARIOS_ID);
      if (virtual) server.moduleGraph.invalidateModule(virtual);
      for (const mod of server.moduleGraph.getModulesByFile(file) ?? []) server.moduleGraph.invalidateModule(mod);
      server.ws.send({ type: 'full-reload' });
      return [];
    },
  };
}

/**
 * The global tags are the `# key: value` lines at the top of a scenario, before anything
 * else. Read them without compiling so the menu's catalog stays cheap; the story check
 * compares them with what the compiler sees.
 */
export function readHeaderTags(file: string): string[] {
  const tags: string[] = [];
  for (const raw of readFileSync(file, 'utf8').split(/\r?\n/)) {
    const line = raw.trim();
    if (line === '' || line.startsWith('//')) continue;
    if (!line.startsWith('#')) break;
    tags.push(line.slice(1).trim());
  }
  return tags;
}

function storyMapJson(json: string, scenarioId: string, key: string, cacheDir: string | null): string {
  const cached = cacheDir ? join(cacheDir, `${scenarioId}-${key}.json`) : null;
  if (cached) {
    try {
      return readFileSync(cached, 'utf8');
    } catch {
      // Not cached yet: explore below.
    }
  }
  // The map's texts name the loved one by a placeholder the game fills in.
  const map = JSON.stringify(exploreScenario(json, scenarioId, { variables: { loved_name: MAP_NAME } }).map);
  if (cacheDir && cached) {
    try {
      mkdirSync(cacheDir, { recursive: true });
      writeFileSync(cached, map);
    } catch {
      // A read-only cache only costs time.
    }
  }
  return map;
}
