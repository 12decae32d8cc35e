// Presenters are isolated (issue 14): a subscriber of the session that throws (a broken
// stage, say) is reported on the session's `error` event, and the others (the log, the
// autosave) go on; the game stays playable and the run is saved.
import 'fake-indexeddb/auto';
import { afterEach, expect, it, vi } from 'vitest';
import type { ScenarioEntry } from '../../src/core/catalog.ts';
import { Emitter } from '../../src/core/events.ts';
import type { SessionEvents } from '../../src/core/story-session.ts';
import type { ScenarioMeta } from '../../src/core/tags.ts';
import { PlayDirector } from '../../src/runs/play-director.ts';
import { RunRepository } from '../../src/runs/run-repository.ts';
import { IndexedDbStore } from '../../src/runs/storage.ts';
import { fakeClock, fixtureBundle, SAM } from './helpers.ts';

const bundle = fixtureBundle('basic');
const entry: ScenarioEntry = {
  id: 'basic',
  lang: 'en',
  meta: { id: 'basic', title: 'Basic' } as ScenarioMeta,
  load: async () => ({ json: bundle.json, hash: bundle.hash }),
};

afterEach(() => {
  vi.restoreAllMocks();
});

it('runs every handler of an event even when one throws, and reports the throw', () => {
  const reported: string[] = [];
  const emitter = new Emitter<{ ping: number }>((error, event) => reported.push(`${String(event)}: ${(error as Error).message}`));
  const heard: number[] = [];
  emitter.on('ping', (n) => heard.push(n));
  emitter.on('ping', () => {
    throw new Error('broken');
  });
  emitter.on('ping', (n) => heard.push(n * 10));
  emitter.emit('ping', 1);
  expect(heard).toEqual([1, 10]);
  expect(reported).toEqual(['ping: broken']);
});

it('keeps the game playable and the run saved when a presenter throws', async () => {
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
  const runs = new RunRepository(new IndexedDbStore(`presenters-${Math.random()}`, 'runs'));
  const director = new PlayDirector({ runs, scenarios: [entry], random: () => 7, clock: fakeClock() });
  const outcome = await director.begin(entry, { lovedOne: SAM });
  if (!outcome.ok) throw new Error('the story did not start');
  const { session } = outcome.playing;

  // A stage that breaks on everything, attached before and after the log and the autosave.
  const broken = (event: keyof SessionEvents) =>
    session.on(event, () => {
      throw new Error(`stage broke on ${event}`);
    });
  for (const event of ['beat', 'choices', 'chosen', 'stage', 'ended'] as const) broken(event);
  const log: string[] = [];
  session.on('beat', (beat) => log.push(beat.text));
  director.autosave(session);
  for (const event of ['beat', 'choices', 'chosen', 'meters', 'ended'] as const) broken(event);
  const errors: { message: string; source: string }[] = [];
  session.on('error', (error) => errors.push(error));

  session.start();
  await director.settled();
  expect((await runs.currentRecord())?.steps).toEqual([]);
  while (!session.ended) {
    const option = session.choicePoint?.options.find((o) => !o.blocked);
    if (!option) throw new Error('nothing to choose');
    session.choose(option.index);
  }
  await director.settled();

  expect(session.record.ending).not.toBeNull();
  expect(log).toContain('Done.');
  expect(errors.length).toBeGreaterThan(0);
  expect(errors.every((e) => e.source === 'presenter' && e.message.includes('stage broke on'))).toBe(true);
  // Saved: kept as finished, with every choice, and no longer the current run.
  const kept = await runs.finished();
  expect(kept.map((r) => r.steps.length)).toEqual([session.record.steps.length]);
  expect(kept[0]?.ending).toBe(session.record.ending);
  expect(await runs.currentRecord()).toBeNull();
});

it('reports a throwing error handler only in the console, without a loop', async () => {
  const consoleError = vi.spyOn(console, 'error').mockImplementation(() => undefined);
  const director = new PlayDirector({
    runs: new RunRepository(new IndexedDbStore(`presenters-${Math.random()}`, 'runs')),
    scenarios: [entry],
    random: () => 7,
  });
  const outcome = await director.begin(entry, { lovedOne: SAM });
  if (!outcome.ok) throw new Error('the story did not start');
  const { session } = outcome.playing;
  session.on('choices', () => {
    throw new Error('first');
  });
  session.on('error', () => {
    throw new Error('second');
  });
  session.start();
  expect(session.choicePoint).not.toBeNull();
  expect(consoleError.mock.calls.some((call) => String(call[0]).includes('first'))).toBe(true);
  expect(consoleError.mock.calls.some((call) => call.some((a) => a instanceof Error && a.message === 'second'))).toBe(true);
});
