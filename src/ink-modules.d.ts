// Modules our Vite plugin (src/build/vite-plugin-ink.ts) provides.
declare module '*.ink' {
  export const json: string;
  export const hash: string;
  export const globalTags: string[];
  export default json;
}

declare module 'virtual:scenarios' {
  import type { ScenarioEntry } from './core/catalog.ts';
  export const scenarios: ScenarioEntry[];
}

declare module 'virtual:stage-url' {
  /** URL of the stage's chunk (src/build/vite-plugin-stage-url.ts). */
  const url: string;
  export default url;
}
