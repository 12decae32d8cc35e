// The facilitator's state and steps without a browser (issue 14): a workshop runs, is
// kept in the tab's storage after every step and picks up where it was after a reload;
// a what-if branch and the way back; a saved workshop that does not pass the check is
// set aside and said, never used.
import { describe, expect, it, vi } from 'vitest';
import type { ScenarioEntry } from '../../src/core/catalog.ts';
import type { RunRecord } from '../../src/core/run-record.ts';
import type { ScenarioMeta } from '../../src/core/tags.ts';
import { Facilitator, type FacilitatorNotice } from '../../src/workshop/facilitator.ts';
import { parseSavedWorkshop } from '../../src/workshop/workshop-store.ts';
import { storyBundle } from './helpers.ts';

const bundle = storyBundle('en', 'fight-about-nothing');
const entry: ScenarioEntry = {
  id: bundle.scenarioId,
  lang: 'en',
  meta: { id: bundle.scenarioId, title: 'The fight about nothing', reflect: [] } as unknown as ScenarioMeta,
  load: async () => ({ json: bundle.json, hash: bundle.hash }),
};
const SETTINGS = { lang: 'en', voting: 'hands', meters: 'always' } as const;

/** sessionStorage, as a tab has it. */
class TabStorage implements Storage {
  private readonly data = new Map<string, string>();
  get length() {
    return this.data.size;
  }
  clear() {
    this.data.clear();
  }
  getItem(key: string) {
    return this.data.get(key) ?? null;
  }
  key(i: number) {
    return [...this.data.keys()][i] ?? null;
  }
  removeItem(key: string) {
    this.data.delete(key);
  }
  setItem(key: string, value: string) {
    this.data.set(key, String(value));
  }
}

/** The window's timer as the facilitator sees it: when it runs out, and running on to a time. */
function fakeTimer() {
  return {
    endsAt: null as number | null,
    runUntil(at: number) {
      this.endsAt = at;
    },
  };
}

function facilitator(storage: Storage, timer = fakeTimer()) {
  const kept: RunRecord[] = [];
  const notices: FacilitatorNotice[] = [];
  const fac = new Facilitator({
    scenarios: [entry],
    lang: 'en',
    storage,
    keepRun: async (record) => void kept.push(structuredClone(record)),
    random: () => 11,
    timer,
  });
  fac.onNotice((n) => notices.push(n));
  return { fac, kept, notices, timer };
}

async function begun(storage = new TabStorage()) {
  const made = facilitator(storage);
  expect(await made.fac.begin(entry, SETTINGS, { name: 'Noa', label: () => 'Group A' })).toBe(true);
  return { ...made, storage };
}

describe('the facilitator', () => {
  it('runs a moment, keeps it in the tab and the run among the runs, and resumes after a reload', async () => {
    const { fac, kept, storage } = await begun();
    expect(fac.screen).toBe('play');
    expect(fac.act((f) => f.toDiscussion())).toBe('discuss');
    // A step out of order is refused by the flow, harmlessly.
    expect(fac.act((f) => f.reveal())).toBe('discuss');
    fac.act((f) => f.openVote());
    fac.act((f) => f.setHandCounts([2, 1, 0]));
    fac.act((f) => f.closeVote());
    fac.act((f) => f.reveal());
    fac.act((f) => f.choose(0));
    fac.save();
    expect(kept.at(-1)?.steps.length).toBe(1);
    expect(kept.at(-1)?.label).toBe('Group A');

    const reloaded = facilitator(storage);
    expect(await reloaded.fac.resume()).toBe(true);
    expect(reloaded.notices).toEqual(['resumed']);
    expect(reloaded.fac.screen).toBe('play');
    expect(reloaded.fac.group?.record.steps.map((s) => s.choiceIndex)).toEqual([0]);
    expect(reloaded.fac.group?.record.label).toBe('Group A');
    expect(reloaded.fac.group?.rounds[0]?.counts).toEqual([2, 1, 0]);
    expect(reloaded.fac.group?.phase).toBe(fac.group?.phase);
  });

  it('plays a what-if branch and comes back to the group, and goes back from the guide', async () => {
    const { fac } = await begun();
    while (fac.group?.phase !== 'ended') {
      const open = fac.group?.point?.options.find((o) => !o.blocked)?.index ?? 0;
      fac.act((f) => (f.phase === 'scene' && f.point ? f.toDiscussion() : f.choose(open)));
    }
    fac.go('debrief');
    fac.go('guide');
    fac.goBack();
    expect(fac.screen).toBe('debrief');
    fac.select(99, 5);
    expect(fac.current).toBe(4);
    const branch = fac.whatIf(0, 1, 'Group A · what if');
    expect(branch?.record.steps.map((s) => s.choiceIndex)).toEqual([1]);
    expect(fac.flow).toBe(branch);
    expect(fac.screen).toBe('play');
    fac.backToGroup();
    expect(fac.flow).toBe(fac.group);
    expect(fac.screen).toBe('debrief');
  });

  it('forgets the workshop when it ends', async () => {
    const { fac, storage } = await begun();
    fac.save();
    fac.end();
    expect(fac.group).toBeNull();
    expect(fac.screen).toBe('setup');
    expect(await facilitator(storage).fac.resume()).toBe(false);
  });

  it('sets a broken save aside, says so and starts clean', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const { fac, storage } = await begun();
    fac.save();
    const good = storage.getItem('dichtbij.workshop.v1') ?? '';
    const broken = [
      '{not json',
      JSON.stringify({ version: 1 }),
      good.replace('"phase":"', '"phase":"nonsense-'),
      good.replace('"screen":"play"', '"screen":"<img src=x>"'),
      JSON.stringify({ ...JSON.parse(good), current: -1 }),
    ];
    for (const raw of broken) {
      expect(parseSavedWorkshop(raw).ok, raw.slice(0, 60)).toBe(false);
      storage.setItem('dichtbij.workshop.v1', raw);
      const reloaded = facilitator(storage);
      expect(await reloaded.fac.resume()).toBe(false);
      expect(reloaded.notices).toEqual(['broken']);
      expect(reloaded.fac.screen).toBe('setup');
      expect(storage.getItem('dichtbij.workshop.v1')).toBeNull();
      expect(storage.getItem('dichtbij.workshop.set-aside')).toBe(raw);
    }
    expect(parseSavedWorkshop(good).ok).toBe(true);
  });

  it('says when the story changed since the workshop was saved', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const { fac, storage } = await begun();
    fac.save();
    storage.setItem(
      'dichtbij.workshop.v1',
      (storage.getItem('dichtbij.workshop.v1') ?? '').replace('"storyHash":"test"', '"storyHash":"older"'),
    );
    const reloaded = facilitator(storage);
    expect(await reloaded.fac.resume()).toBe(false);
    expect(reloaded.notices).toEqual(['story-changed']);
  });

  it('keeps a running timer over a reload, and lets a run-out one go', async () => {
    const { fac, storage, timer } = await begun();
    timer.endsAt = Date.now() + 90_000;
    fac.save();
    const reloaded = facilitator(storage);
    expect(await reloaded.fac.resume()).toBe(true);
    expect(reloaded.timer.endsAt).toBe(timer.endsAt);
    timer.endsAt = Date.now() - 1;
    fac.save();
    const later = facilitator(storage);
    expect(await later.fac.resume()).toBe(true);
    expect(later.timer.endsAt).toBeNull();
  });

  it('shows the lobby with the phones that joined, and turns a long scene page by page', async () => {
    const { fac } = await begun();
    const phones = {
      room: { code: 'KQWPTR', joinUrl: 'http://relay/join?room=KQWPTR' },
      question: null,
      answers: [],
      voters: null,
      participants: 4,
    };
    const view = () => fac.audience({ seq: 1, questions: [], timerEndsAt: null, phones });
    expect(view().lobby).toBeNull();
    fac.toggleLobby();
    expect(view().lobby).toEqual({ joined: 4 });
    fac.toggleLobby();
    expect(view().lobby).toBeNull();
    // Pages: N turns to the next while there is one; any step starts the next scene at its first.
    expect(fac.nextPage({ number: 1, count: 3 })).toBe(true);
    expect(fac.page).toBe(1);
    expect(fac.nextPage({ number: 3, count: 3 })).toBe(false);
    expect(fac.nextPage(null)).toBe(false);
    fac.act((f) => f.toDiscussion());
    expect(fac.page).toBe(0);
    // A workshop that ends leaves no lobby switched on for the next.
    fac.toggleLobby();
    fac.end();
    expect(fac.lobby).toBe(false);
  });
});
