import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { resumeRun } from '../../src/runs/resume.ts';
import { RunRepository } from '../../src/runs/run-repository.ts';
import { IndexedDbStore, type KeyValueStore, MemoryStore } from '../../src/runs/storage.ts';
import { fixtureBundle, session } from './helpers.ts';

const backends: [string, () => KeyValueStore][] = [
  ['memory', () => new MemoryStore()],
  ['IndexedDB', () => new IndexedDbStore(`test-${Math.random()}`, 'runs')],
];

describe.each(backends)('the %s store', (_name, make) => {
  it('keeps, lists and deletes values as copies', async () => {
    const store = make();
    const value = { a: 1, list: [1, 2] };
    await store.set('x', value);
    value.a = 2;
    expect(await store.get('x')).toEqual({ a: 1, list: [1, 2] });
    expect(await store.keys()).toEqual(['x']);
    await store.delete('x');
    expect(await store.get('x')).toBeUndefined();
    expect(await store.keys()).toEqual([]);
  });

  it('holds the current run and the finished ones, validated on the way out', async () => {
    const runs = new RunRepository(make());
    const s = session(fixtureBundle('basic'));
    s.start();
    s.choose(0);
    await runs.saveCurrent(s.record);
    expect(await runs.loadCurrent()).toEqual({ record: s.record });
    s.choose(0);
    await runs.saveFinished(s.record);
    expect(await runs.loadCurrent()).toBeNull();
    expect(await runs.latestFinished('basic')).toEqual(s.record);
  });

  it('sets a broken record aside and says why, without losing the others', async () => {
    const store = make();
    const runs = new RunRepository(store);
    const s = session(fixtureBundle('basic'));
    s.start();
    await runs.saveFinished(s.record);
    await store.set('current', { scenarioId: 'basic', steps: 'not a list' });
    await store.set('run:garbage', '<script>alert(1)</script>');
    const loaded = await runs.loadCurrent();
    expect(loaded && 'problem' in loaded && loaded.problem).toMatch(/./);
    expect((await runs.finished()).map((r) => r.scenarioId)).toEqual(['basic']);
    const keys = await store.keys();
    expect(keys.filter((k) => k.startsWith('set-aside:'))).toHaveLength(2);
    expect(keys).not.toContain('current');
  });
});

describe('resuming a run', () => {
  it('replays it to the identical log, choices, meters and stage', () => {
    const bundle = fixtureBundle('basic');
    const original = session(bundle);
    original.start();
    original.choose(1);
    const saved = structuredClone(original.record);
    const resumed = resumeRun(bundle, saved);
    if (!resumed.ok) throw new Error('did not resume');
    expect(resumed.session.log).toEqual(original.log.map((e) => (e.type === 'choice' ? { ...e, step: { ...e.step } } : e)));
    expect(resumed.session.choicePoint).toEqual(original.choicePoint);
    expect(resumed.session.stage).toEqual(original.stage);
    expect(resumed.session.record).toEqual(saved);
  });

  it('notices when the story changed under a saved run', () => {
    const bundle = fixtureBundle('basic');
    const original = session(bundle);
    original.start();
    original.choose(0);
    expect(resumeRun({ ...bundle, hash: 'other' }, original.record)).toEqual({ ok: false, reason: 'story-changed', atStep: 0 });
    const tampered = structuredClone(original.record);
    const first = tampered.steps[0];
    if (first) first.optionId = 'kitchen.0.c-9';
    expect(resumeRun(bundle, tampered)).toEqual({ ok: false, reason: 'story-changed', atStep: 0 });
  });
});

describe('the repair step when the game opens', () => {
  it('sets aside every unreadable record, keeps the good ones and resets a garbled flag', async () => {
    const store = new MemoryStore();
    const runs = new RunRepository(store);
    const s = session(fixtureBundle('basic'));
    s.start();
    s.choose(0);
    s.choose(0);
    await runs.keep(s.record);
    await store.set('current', '<script>garbage</script>');
    await store.set('run:1-2', { steps: 'no' });
    await store.set('run:3-4', null);
    await store.set('resume-on-load', { yes: 1 });
    await store.set('somebody-elses-key', 42);
    expect(await runs.repair()).toEqual({ setAside: 3, kept: [s.record] });
    expect(await runs.finished()).toEqual([s.record]);
    expect(await runs.loadCurrent()).toBeNull();
    expect(await runs.resumeOnLoad()).toBe(false);
    const keys = await store.keys();
    // Set aside, not deleted: the raw values are still there, under their own keys.
    expect(keys.filter((k) => k.startsWith('set-aside:')).length).toBe(3);
    expect(keys).toContain('somebody-elses-key');
    expect(await runs.repair()).toEqual({ setAside: 0, kept: [s.record] });
  });
});
