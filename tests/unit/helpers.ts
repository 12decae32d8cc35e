import { resolve } from 'node:path';
import { compileInkFile } from '../../src/build/ink-compile.ts';
import type { LovedOne } from '../../src/core/run-record.ts';
import { type SessionOptions, type StoryBundle, StorySession } from '../../src/core/story-session.ts';

export const ROOT = resolve(import.meta.dirname, '../..');
export const FIXTURES = resolve(ROOT, 'tests/fixtures/stories/en');

export function fixtureBundle(name: string): StoryBundle {
  const { json } = compileInkFile(resolve(FIXTURES, `${name}.ink`));
  return { scenarioId: name, lang: 'en', json, hash: 'test' };
}

export function storyBundle(lang: 'nl' | 'en', id: string): StoryBundle {
  const { json } = compileInkFile(resolve(ROOT, 'stories', lang, `${id}.ink`));
  return { scenarioId: id, lang, json, hash: 'test' };
}

/** A clock that moves one second per reading: deterministic timestamps. */
export function fakeClock(start = 1_700_000_000_000) {
  let now = start;
  return { now: () => (now += 1000) };
}

export const SAM: LovedOne = { name: 'Sam', pronoun: 'they' };

export function session(bundle: StoryBundle, extra: Partial<SessionOptions> = {}) {
  return StorySession.create({ bundle, lovedOne: SAM, seed: 42, clock: fakeClock(), ...extra });
}
