// The self-check's flow through the game: offered before a visit's first scenario, asked
// again after a debrief, and a week later (by the calendar reminder's link or on a visit a
// week on). The app routes here; the store (src/runs) keeps the answers.

import { reminderIcs } from '../core/reminder-ics.ts';
import type { Lang } from '../core/run-record.ts';
import { type Answers, awaitingAfter, dueForLookBack, type Moment, type SelfCheck } from '../core/self-check.ts';
import type { SelfCheckStore } from '../runs/self-check-store.ts';
import { download, h } from './dom.ts';
import type { Dict } from './i18n/index.ts';
import type { Notify } from './notices.ts';
import { debriefSelfCheck, type OfferState, selfCheckForm, selfCheckList, selfCheckOffer, selfCheckScreen } from './self-check-view.ts';

export interface SelfCheckContext {
  t: () => Dict;
  lang: () => Lang;
  store: SelfCheckStore;
  show: (screen: HTMLElement) => void;
  setRerender: (rerender: () => void) => void;
  notice: Notify;
  persist: (action: () => Promise<void>) => Promise<void>;
  showMenu: () => void;
  now?: () => number;
}

const DAY_MS = 24 * 60 * 60 * 1000;
export const LOOK_BACK_PARAM = 'check';

export function selfCheckScreens(c: SelfCheckContext) {
  const now = c.now ?? Date.now;
  let checks: SelfCheck[] = [];
  // The offer before this visit's first scenario: null once that scenario has begun.
  let offer: OfferState | null = null;
  let ready: Promise<void> | null = null;
  let settled = false;
  let begunEarly = false;

  const replace = (check: SelfCheck) => {
    checks = [check, ...checks.filter((x) => x.startedAt !== check.startedAt)].sort((a, b) => b.startedAt - a.startedAt);
  };

  /** Read the kept checks, decide this visit's offer, and answer a link back or a week gone by. */
  function init(search: URLSearchParams): Promise<void> {
    ready = load(search);
    return ready;
  }

  async function load(search: URLSearchParams): Promise<void> {
    try {
      checks = await c.store.all();
      const offered = await c.store.offerThisVisit();
      offer = offered && !begunEarly ? 'offer' : null;
    } catch (error) {
      console.warn('Could not read the self-check', error);
    }
    settled = true;
    if (search.get(LOOK_BACK_PARAM) === 'later') {
      // Once handled, a reload should not ask again.
      const url = new URL(window.location.href);
      url.searchParams.delete(LOOK_BACK_PARAM);
      window.history.replaceState(null, '', url);
      lookBack();
    } else if (dueForLookBack(checks, now(), true)) {
      c.notice(c.t().selfCheck.lookBackOffer, { label: c.t().selfCheck.lookBack, action: lookBack });
    }
  }

  /** The start screen's offer (before the visit's first scenario only). */
  function startPanel(redraw: () => void): HTMLElement | null {
    // Opened before the kept checks were read: the offer fills its place once they are.
    if (ready && offer === null && !settled) {
      const slot = h('div', { class: 'self-check-pending' });
      void ready.then(() => {
        const panel = offer === null ? null : startPanel(redraw);
        if (panel && slot.isConnected) slot.replaceWith(panel);
        else slot.remove();
      });
      return slot;
    }
    if (offer === null) return null;
    return selfCheckOffer({
      t: c.t(),
      state: offer,
      onTake: () => showForm('before', null, redraw),
      onNotNow: () => {
        offer = 'skipped';
        void c.persist(() => c.store.skip());
        redraw();
      },
    });
  }

  /** A scenario begins: beginning without answering is a "not now" too. */
  function begun(): void {
    if (offer === 'offer') void c.persist(() => c.store.skip());
    offer = null;
    begunEarly = true;
  }

  /** The self-check part of the debrief that just ended, if a "before" was answered lately. */
  function debriefPart(redraw: () => void): HTMLElement | null {
    const check = awaitingAfter(checks, now());
    if (!check) return null;
    return debriefSelfCheck({
      t: c.t(),
      lang: c.lang(),
      check,
      onAnswer: () => showForm('after', check, redraw),
      onReminder: () => reminder(check),
    });
  }

  function showForm(moment: Moment, check: SelfCheck | null, back: () => void, saved: (check: SelfCheck) => void = back) {
    c.setRerender(() => showForm(moment, check, back, saved));
    c.show(
      selfCheckForm({
        t: c.t(),
        lang: c.lang(),
        moment,
        onBack: back,
        onSave: (answers: Answers) =>
          void c.persist(async () => {
            const next = check ? await c.store.answer(check, moment, answers) : await c.store.start(c.lang(), moment, answers);
            replace(next);
            if (moment === 'before') offer = 'kept';
            saved(next);
          }),
      }),
    );
  }

  /** A week later: answer once more, then the three moments side by side. */
  function lookBack(): void {
    const due = dueForLookBack(checks, now(), false);
    if (due) {
      showForm('later', due, c.showMenu, (check) => showSide(check, c.showMenu));
      return;
    }
    const done = checks.find((x) => x.later !== null);
    if (done) showSide(done, c.showMenu);
    else c.notice(c.t().selfCheck.lookBackNone);
  }

  function showSide(check: SelfCheck, back: () => void, backLabel?: string) {
    c.setRerender(() => showSide(check, back, backLabel));
    const t = c.t();
    c.show(
      selfCheckScreen({
        t,
        lang: c.lang(),
        check,
        onReminder: () => reminder(check),
        onBack: back,
        backLabel: backLabel ?? t.debrief.menu,
      }),
    );
  }

  /** The calendar file: one event a week on, linking back to the look back. */
  function reminder(check: SelfCheck): void {
    const t = c.t();
    const url = new URL(window.location.pathname, window.location.origin);
    url.searchParams.set(LOOK_BACK_PARAM, 'later');
    const at = now();
    const ics = reminderIcs({
      uid: `dichtbij-check-${check.startedAt}@${window.location.hostname || 'dichtbij'}`,
      now: new Date(at),
      day: new Date(at + 7 * DAY_MS),
      summary: t.selfCheck.icsSummary,
      description: t.selfCheck.icsDescription,
      url: url.href,
    });
    download('dichtbij-look-back.ics', ics, 'text/calendar');
  }

  /** The kept checks in "Your runs". */
  function librarySection(formatDate: (time: number) => string, back: () => void): HTMLElement | null {
    return selfCheckList({ t: c.t(), checks, formatDate, onOpen: (check) => showSide(check, back, c.t().library.heading) });
  }

  return {
    init,
    startPanel,
    begun,
    debriefPart,
    librarySection,
    /** Every kept check, for an export of all runs. */
    all: () => checks,
    /** Checks that arrived with an import. */
    imported: (added: readonly SelfCheck[]) => added.forEach(replace),
  };
}
