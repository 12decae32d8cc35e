// `import url from 'virtual:stage-url'`: the URL of the stage's chunk (Phaser and the scene)
// in the build, so the page can ask for it with <link rel="modulepreload">: fetched and
// compiled while the player reads the menu, but not run until a scenario needs the stage.
// (A plain import() would also run Phaser's module code on the menu: a long task right
// when the player may click.)
import { resolve } from 'node:path';
import type { Plugin } from 'vite';

const ID = 'virtual:stage-url';
const RESOLVED = `\0${ID}`;
const STAGE_MODULE = 'src/stage/stage-host.ts';

export function stageUrlPlugin(): Plugin {
  let root = process.cwd();
  let building = false;
  return {
    name: 'dichtbij-stage-url',
    configResolved(config) {
      root = config.root;
      building = config.command === 'build';
    },
    resolveId: (id) => (id === ID ? RESOLVED : null),
    load(id) {
      if (id !== RESOLVED) return null;
      // The dev server serves modules by their source path.
      if (!building) return `export default ${JSON.stringify(`/${STAGE_MODULE}`)};`;
      const ref = this.emitFile({ type: 'chunk', id: resolve(root, STAGE_MODULE) });
      return `export default import.meta.ROLLUP_FILE_URL_${ref};`;
    },
  };
}
