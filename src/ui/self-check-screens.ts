// The self-check's screens in the game: the offer on the start screen, the statements, the
// part of the debrief, the moments side by side, "Your runs"' list and the calendar file.
// They render and call; when the check is offered and what is kept the self-check director
// decides (src/runs/self-check-director.ts). The app routes the two screens of `Screen`.

import type { Lang } from '../core/run-record.ts';
import type { SelfCheck } from '../core/self-check.ts';
import type { SelfCheckDirector } from '../runs/self-check-director.ts';
import { download, h } from './dom.ts';
import type { Dict } from './i18n/index.ts';
import type { Notify } from './notices.ts';
import type { Screen } from './screen.ts';

// The statements' words, the screens and the calendar file are a chunk of their own: the
// menu does not need them. They are fetched as soon as the game has opened.
const partsCode = () =>
  Promise.all([import('./self-check-view.ts'), import('../core/reminder-ics.ts')]).then(([view, ics]) => ({ ...view, ...ics }));
type Parts = Awaited<ReturnType<typeof partsCode>>;

export interface SelfCheckContext {
  t: () => Dict;
  lang: () => Lang;
  checks: SelfCheckDirector;
  go: (screen: Screen) => void;
  notice: Notify;
  now?: () => number;
}

type CheckScreen = Extract<Screen, { name: 'self-check' | 'self-check-side' }>;

const DAY_MS = 24 * 60 * 60 * 1000;
/** The reminder's link back: `?check=later` opens the look back. */
export const LOOK_BACK_PARAM = 'check';

export function selfCheckScreens(c: SelfCheckContext) {
  const now = c.now ?? Date.now;
  const menu: Screen = { name: 'menu' };
  let parts: Parts | null = null;
  let loading: Promise<Parts> | null = null;
  const load = () =>
    (loading ??= partsCode().then(
      (loaded) => (parts = loaded),
      (error: unknown) => {
        loading = null;
        throw error;
      },
    ));

  /** A part drawn at once when its code is here; else a slot it fills when the code and the kept checks are. */
  function inSlot(draw: (p: Parts) => HTMLElement | null): HTMLElement | null {
    if (parts && c.checks.ready) return draw(parts);
    const slot = h('div', { class: 'self-check-pending' });
    void Promise.all([load(), c.checks.whenReady()]).then(
      ([p]) => {
        const part = draw(p);
        if (part && slot.isConnected) slot.replaceWith(part);
        else slot.remove();
      },
      () => slot.remove(),
    );
    return slot;
  }

  /** Read the kept checks; answer the reminder's link, or offer the look back a week on. */
  async function init(): Promise<void> {
    c.checks.onNotice((n) => c.notice(n.type === 'set-aside' ? c.t().selfCheck.setAside(n.count) : c.t().runs.savingOff));
    await c.checks.open();
    await load().catch(() => c.notice(c.t().errors.screen));
    const url = new URL(window.location.href);
    if (url.searchParams.get(LOOK_BACK_PARAM) === 'later') {
      // Once handled, a reload should not ask again.
      url.searchParams.delete(LOOK_BACK_PARAM);
      window.history.replaceState(null, '', url);
      lookBack();
    } else if (c.checks.lookBackDue()) {
      c.notice(c.t().selfCheck.lookBackOffer, { label: c.t().selfCheck.lookBack, action: lookBack });
    }
  }

  function lookBack(): void {
    const next = c.checks.lookBack();
    if (next?.type === 'answer') c.go({ name: 'self-check', moment: 'later', check: next.check, back: menu });
    else if (next) c.go({ name: 'self-check-side', check: next.check, back: menu });
    else c.notice(c.t().selfCheck.lookBackNone);
  }

  /** The start screen's offer (before the visit's first scenario only); `here` is that start screen. */
  function startPanel(here: Screen): HTMLElement | null {
    return inSlot((p) => {
      const state = c.checks.offer;
      if (state === null) return null;
      return p.selfCheckOffer({
        t: c.t(),
        state,
        onTake: () => c.go({ name: 'self-check', moment: 'before', check: null, back: here }),
        onNotNow: () => {
          void c.checks.notNow();
          c.go(here);
        },
      });
    });
  }

  /** The self-check part of a debrief (`here`), when a "before" was answered lately. */
  function debriefPart(here: Screen): HTMLElement | null {
    return inSlot((p) => {
      const check = c.checks.awaitingAfter();
      if (!check) return null;
      return p.debriefSelfCheck({
        t: c.t(),
        lang: c.lang(),
        check,
        onAnswer: () => c.go({ name: 'self-check', moment: 'after', check, back: here }),
        onReminder: () => reminder(check),
      });
    });
  }

  /** A screen of the check; its code is fetched when the game opens, so it is here by the time a button leads to it. */
  function draw(s: CheckScreen): HTMLElement {
    const t = c.t();
    const p = parts;
    if (!p) return h('section', { class: 'screen', 'aria-busy': 'true' }, h('h2', {}, t.errors.screen));
    if (s.name === 'self-check-side')
      return p.selfCheckScreen({
        t,
        lang: c.lang(),
        check: s.check,
        onReminder: () => reminder(s.check),
        onBack: () => c.go(s.back),
        backLabel: s.back.name === 'runs' ? t.library.heading : t.debrief.menu,
      });
    const { moment, check, back } = s;
    return p.selfCheckForm({
      t,
      lang: c.lang(),
      moment,
      onBack: () => c.go(back),
      onSave: (answers) =>
        void c.checks.answer({ lang: c.lang(), moment, answers, check }).then((next) =>
          // A week later ends on the three moments side by side; the others go back where they came from.
          c.go(moment === 'later' ? { name: 'self-check-side', check: next, back } : back),
        ),
    });
  }

  /** The calendar file: one event a week on, linking back to the look back. */
  function reminder(check: SelfCheck): void {
    const t = c.t();
    if (!parts) return;
    const url = new URL(window.location.pathname, window.location.origin);
    url.searchParams.set(LOOK_BACK_PARAM, 'later');
    const at = now();
    const ics = parts.reminderIcs({
      uid: `dichtbij-check-${check.startedAt}@${window.location.hostname || 'dichtbij'}`,
      now: new Date(at),
      day: new Date(at + 7 * DAY_MS),
      summary: t.selfCheck.icsSummary,
      description: t.selfCheck.icsDescription,
      url: url.href,
    });
    download('dichtbij-look-back.ics', ics, 'text/calendar');
  }

  /** The kept checks in "Your runs" (`here`). */
  function librarySection(formatDate: (time: number) => string, here: Screen): HTMLElement | null {
    if (!parts) return null;
    return parts.selfCheckList({
      t: c.t(),
      checks: c.checks.all(),
      formatDate,
      onOpen: (check) => c.go({ name: 'self-check-side', check, back: here }),
    });
  }

  /** Whether the parts draw at once (their code and the kept checks are here). */
  const settled = () => parts !== null && c.checks.ready;
  /** Resolves when they are, or when they cannot be (then the offer is left out). */
  const whenSettled = () =>
    Promise.all([load(), c.checks.whenReady()]).then(
      () => undefined,
      () => undefined,
    );

  return { init, startPanel, debriefPart, draw, librarySection, settled, whenSettled, all: () => c.checks.all() };
}
