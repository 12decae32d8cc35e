// Before the browser tests: make sure Chromium is there, build the game once, serve it.
import type { TestProject } from 'vitest/node';
import { ensureChromium } from './chromium.ts';
import { buildGame, serveGame } from './server.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    chromiumPath: string;
  }
}

export default async function setup(project: TestProject) {
  const chromiumPath = ensureChromium();
  await buildGame();
  const server = await serveGame();
  project.provide('baseUrl', server.url);
  project.provide('chromiumPath', chromiumPath);
  return async () => {
    await server.close();
  };
}
