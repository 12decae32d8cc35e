// The self-check: statements in both languages (parity), how answers move, when the check
// is offered (a skip rests one visit), how it is kept, and how it travels in a runs file.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LANGS } from '../../src/core/run-record.ts';
import { awaitingAfter, dueForLookBack, LOOK_BACK_AFTER_MS, type SelfCheck, shift } from '../../src/core/self-check.ts';
import { LEVELS, SELF_CHECK_ITEMS } from '../../src/core/self-check-items.ts';
import { SELF_CHECK_TEXTS } from '../../src/core/self-check-texts.ts';
import { importRuns } from '../../src/runs/import-runs.ts';
import { PlayDirector } from '../../src/runs/play-director.ts';
import { parseRunFile, runFile } from '../../src/runs/run-file.ts';
import { RunRepository } from '../../src/runs/run-repository.ts';
import { SelfCheckDirector } from '../../src/runs/self-check-director.ts';
import { SelfCheckStore } from '../../src/runs/self-check-store.ts';
import { MemoryStore } from '../../src/runs/storage.ts';

describe('the statements', () => {
  it('exist in nl and en with the same items and scale, none empty, none repeated', () => {
    for (const lang of LANGS) {
      const texts = SELF_CHECK_TEXTS[lang];
      expect(Object.keys(texts.statements).sort()).toEqual([...SELF_CHECK_ITEMS].sort());
      expect(Object.keys(texts.levels)).toEqual([...LEVELS]);
      for (const text of [...Object.values(texts.statements), ...Object.values(texts.levels)]) {
        expect(text.trim()).not.toBe('');
        expect(text.length).toBeLessThanOrEqual(140);
      }
      expect(new Set(Object.values(texts.statements)).size).toBe(SELF_CHECK_ITEMS.length);
      expect(new Set(Object.values(texts.levels)).size).toBe(LEVELS.length);
    }
    expect(SELF_CHECK_ITEMS.length).toBeGreaterThanOrEqual(5);
    expect(SELF_CHECK_ITEMS.length).toBeLessThanOrEqual(6);
  });
});

describe('how an answer moves', () => {
  it('follows the order of the scale, and says nothing about an open answer', () => {
    fc.assert(
      fc.property(fc.constantFrom(...LEVELS), fc.constantFrom(...LEVELS), (a, b) => {
        const expected = LEVELS.indexOf(b) > LEVELS.indexOf(a) ? 'more' : LEVELS.indexOf(b) < LEVELS.indexOf(a) ? 'less' : 'same';
        expect(shift(a, b)).toBe(expected);
        expect(shift(undefined, b)).toBe('open');
        expect(shift(a, undefined)).toBe('open');
      }),
    );
  });
});

const check = (startedAt: number, moments: Partial<SelfCheck> = {}): SelfCheck => ({
  startedAt,
  lang: 'en',
  before: { at: startedAt, answers: { silence: 'mostly' } },
  after: null,
  later: null,
  ...moments,
});

describe('when the next moment is asked', () => {
  it('waits for "after" within the day, and offers the look back from a week on', () => {
    const first = check(1_000);
    expect(awaitingAfter([first], 1_000 + 60_000)).toBe(first);
    expect(awaitingAfter([first], 1_000 + 25 * 3600_000)).toBeNull();
    expect(dueForLookBack([first], 1_000 + LOOK_BACK_AFTER_MS - 1, true)).toBeNull();
    expect(dueForLookBack([first], 1_000 + LOOK_BACK_AFTER_MS, true)).toBe(first);
    // By the reminder's link it is offered at once; a check already looked back on is not.
    expect(dueForLookBack([first], 2_000, false)).toBe(first);
    const done = check(5_000, { later: { at: 9_000, answers: {} } });
    expect(dueForLookBack([done, first], 2_000, false)).toBe(first);
    expect(awaitingAfter([done, first], 6_000)).toBeNull();
  });
});

/** One visit of the game: a new director on the same stored data, opened. */
const visit = async (memory: MemoryStore, now: () => number = Date.now) => {
  const checks = new SelfCheckDirector(new SelfCheckStore(memory), now);
  await checks.open();
  return checks;
};

describe('the self-check director', () => {
  it('never offers the check on the visit right after a skip, and offers it again on the one after', async () => {
    // 'begin' is beginning a scenario without answering: a "not now" too.
    type Act = 'skip' | 'answer' | 'begin' | 'leave';
    await fc.assert(
      fc.asyncProperty(fc.array(fc.constantFrom<Act>('skip', 'answer', 'begin', 'leave'), { maxLength: 12 }), async (visits) => {
        const memory = new MemoryStore();
        let rests = false;
        for (const act of visits) {
          const checks = await visit(memory);
          expect(checks.offer).toBe(rests ? null : 'offer');
          const offered = !rests;
          rests = false;
          if (!offered) continue;
          if (act === 'skip') {
            await checks.notNow();
            expect(checks.offer).toBe('skipped');
            rests = true;
          } else if (act === 'answer') {
            await checks.answer({ lang: 'nl', moment: 'before', answers: { limit: 'partly' }, check: null });
            expect(checks.offer).toBe('kept');
          } else if (act === 'begin') {
            checks.begun();
            rests = true;
          }
          if (act === 'leave') continue;
          checks.begun();
          expect(checks.offer).toBeNull();
        }
      }),
    );
  });

  it('keeps each moment, reads back only valid records, and sets a broken one aside with a notice', async () => {
    const memory = new MemoryStore();
    let clock = 100;
    const first = await visit(memory, () => clock);
    const before = await first.answer({
      lang: 'nl',
      moment: 'before',
      answers: { protection: 'a-little', silence: 'mostly' },
      check: null,
    });
    clock = 200;
    expect(first.awaitingAfter()).toEqual(before);
    await first.answer({ lang: 'nl', moment: 'after', answers: { protection: 'mostly', silence: 'a-little' }, check: before });
    const broken = { startedAt: 5, lang: 'nl', before: { at: 5, answers: { silence: 'always' } }, after: null, later: null };
    await memory.set('check:5', broken);

    const checks = new SelfCheckDirector(new SelfCheckStore(memory), () => clock);
    const notices: unknown[] = [];
    checks.onNotice((n) => notices.push(n));
    await checks.open();
    expect(checks.all()).toEqual([
      {
        startedAt: 100,
        lang: 'nl',
        before: { at: 100, answers: { protection: 'a-little', silence: 'mostly' } },
        after: { at: 200, answers: { protection: 'mostly', silence: 'a-little' } },
        later: null,
      },
    ]);
    expect(notices).toEqual([{ type: 'set-aside', count: 1 }]);
    // Set aside, not lost: the broken record is still stored, under its own key.
    const aside = (await memory.keys()).filter((k) => k.startsWith('set-aside:'));
    expect(aside).toHaveLength(1);
    expect(await memory.get(aside[0] as string)).toEqual(broken);
  });

  it('holds the answers in the tab when storing fails, and says saving is off once', async () => {
    const memory = new MemoryStore();
    memory.set = async () => {
      throw new Error('quota');
    };
    const checks = await visit(memory, () => 1_000);
    const notices: unknown[] = [];
    checks.onNotice((n) => notices.push(n));
    const kept = await checks.answer({ lang: 'en', moment: 'before', answers: { support: 'mostly' }, check: null });
    await checks.answer({ lang: 'en', moment: 'after', answers: { support: 'completely' }, check: kept });
    expect(checks.awaitingAfter()).toMatchObject({
      before: { answers: { support: 'mostly' } },
      after: { answers: { support: 'completely' } },
    });
    expect(notices).toEqual([{ type: 'saving-off' }]);
  });
});

describe('self-checks in a runs file', () => {
  const context = { scenarios: ['basic'], existing: new Set<string>() };

  it('travel with an export and come back whole; a file without them still imports', async () => {
    const checks = [check(10, { after: { at: 20, answers: { present: 'completely' } } }), check(30)];
    expect(parseRunFile(runFile([], 1, checks), context)).toMatchObject({ ok: true, checks });
    const old = JSON.stringify({ format: 'dichtbij-runs', version: 1, exportedAt: 1, runs: [] });
    expect(parseRunFile(old, context)).toEqual({ ok: true, runs: [], checks: [], unknownScenarios: [], duplicates: 0 });

    const memory = new MemoryStore();
    const store = new SelfCheckStore(memory);
    await store.keep(checks[1] as SelfCheck);
    const outcome = await importRuns(new RunRepository(memory), runFile([], 1, checks), ['basic'], store);
    expect(outcome).toMatchObject({ ok: true, checks: [checks[0]] });
    expect(await store.all()).toEqual([checks[1], checks[0]]);
  });

  it('are imported by the play director with the runs, and listed at once', async () => {
    const memory = new MemoryStore();
    const checks = await visit(memory);
    const director = new PlayDirector({ runs: new RunRepository(memory), scenarios: [], random: () => 1, selfChecks: checks });
    const file = runFile([], 1, [check(10), check(30)]);
    expect(await director.importFile(file)).toMatchObject({ ok: true, checks: [check(10), check(30)] });
    expect(checks.all()).toEqual([check(30), check(10)]);
    // The next visit reads them back from storage.
    expect((await visit(memory)).all()).toEqual([check(30), check(10)]);
  });

  it('refuse a file whose answers are not on the scale, and change nothing', async () => {
    const bad = JSON.parse(runFile([], 1, [check(10)]));
    bad.checks[0].before.answers.silence = 'always';
    expect(parseRunFile(JSON.stringify(bad), context)).toMatchObject({
      ok: false,
      problem: 'invalid',
      detail: expect.stringContaining('checks.0.before'),
    });
    const extra = JSON.parse(runFile([], 1, [check(10)]));
    extra.checks[0].before.answers.score = 'mostly';
    const memory = new MemoryStore();
    const store = new SelfCheckStore(memory);
    expect(await importRuns(new RunRepository(memory), JSON.stringify(extra), [], store)).toEqual({ ok: false, problem: 'invalid' });
    expect(await memory.keys()).toEqual([]);
  });
});
