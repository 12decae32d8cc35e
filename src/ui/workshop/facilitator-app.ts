// The facilitator's window: setup, the moment-by-moment controls, the debrief and the
// report. It owns the workshop state, keeps it in this tab's sessionStorage (a reload
// resumes), keeps the run with the other runs, mirrors the room on the projector window
// and, when served by the relay, on the phones.
import { loadBundle, type ScenarioEntry } from '../../core/catalog.ts';
import type { Lang, RunRecord } from '../../core/run-record.ts';
import { type StoryBundle, StorySession } from '../../core/story-session.ts';
import type { RunRepository } from '../../runs/run-repository.ts';
import { type AudienceExtras, audienceView, emptyAudienceView } from '../../workshop/audience-view.ts';
import { probeRelay } from '../../workshop/relay-client.ts';
import { reportMarkdown } from '../../workshop/report.ts';
import { presentTo, type SyncLink, viewCounter } from '../../workshop/screen-sync.ts';
import { whatIf as whatIfCopy } from '../../workshop/what-if.ts';
import { WorkshopFlow, type WorkshopSettings } from '../../workshop/workshop-flow.ts';
import { defaultCountry, isDialogOpen, openHelp, openPause } from '../dialogs.ts';
import { h } from '../dom.ts';
import { dictionaries } from '../i18n/index.ts';
import { controlView } from './control-view.ts';
import { workshopDictionaries } from './dictionaries.ts';
import { facilitatorHeader } from './facilitator-header.ts';
import { facilitatorKeys } from './facilitator-keys.ts';
import { facilitatorTimer, timeLeft } from './facilitator-timer.ts';
import { guideView } from './guide-view.ts';
import { type PhoneVotes, phoneVotes } from './phone-votes.ts';
import { downloadText, reportParts } from './report-parts.ts';
import { reportView } from './report-view.ts';
import { setupView } from './setup-view.ts';
import { workshopDebrief } from './workshop-debrief.ts';
import { forgetWorkshop, resumeWorkshop, type Screen, saveWorkshop } from './workshop-store.ts';

export interface FacilitatorOptions {
  root: HTMLElement;
  scenarios: readonly ScenarioEntry[];
  lang: Lang;
  languages: readonly string[];
  /** This tab's storage: the workshop and the relay secret survive a reload, not the tab. */
  session: Storage | null;
  runs: RunRepository;
  link: SyncLink;
  /** Draws the group's path on the scenario's path map, into the debrief's marked slot. */
  pathMap?: PathMapPresenter;
}

/** How long a notice stays before it clears itself. */
const NOTICE_MS = 15_000;

export type PathMapPresenter = (slot: HTMLElement, record: RunRecord) => void;

export function facilitatorApp(o: FacilitatorOptions) {
  let lang = o.lang;
  let screen: Screen = 'setup';
  let back: Screen = 'setup';
  let entry: ScenarioEntry | null = null;
  let bundle: StoryBundle | null = null;
  let group: WorkshopFlow | null = null;
  let branch: WorkshopFlow | null = null;
  let phones: PhoneVotes | null = null;
  let relayServed = false;
  let paused = false;
  /** The projector shows how to join instead of the story (before the start it always does). */
  let lobby = false;
  /** The page of a long scene on the projector (scene-pages.ts); back to the first at every step. */
  let page = 0;
  let current = 0;
  let shown: number | null = null;
  const seq = viewCounter();
  const t = () => workshopDictionaries[lang];
  const game = () => dictionaries[lang];
  const flow = () => branch ?? group;
  const timer = facilitatorTimer(({ left, up }) => {
    const el = main.querySelector('[role="timer"]');
    if (el) el.textContent = up ? t().controls.timeUp : t().controls.timeLeft(left);
  });

  const header = h('header', { class: 'app-header ws-header' });
  const notices = h('div', { class: 'notices', role: 'status' });
  const main = h('main', { id: 'main', tabindex: -1 });
  o.root.replaceChildren(header, notices, main);
  const notice = (text: string) => {
    if ([...notices.children].some((n) => n.firstChild?.textContent === text)) return;
    const note = h('p', { class: 'notice' }, h('span', {}, text), ' ');
    // A notice says its piece and goes: on its own after a while, or at once when dismissed.
    const timer = setTimeout(() => note.remove(), NOTICE_MS);
    const dismiss = () => {
      clearTimeout(timer);
      note.remove();
    };
    note.append(
      h('button', { type: 'button', class: 'link', 'data-action': 'dismiss-notice', onclick: () => dismiss() }, t().rooms.dismiss),
    );
    notices.append(note);
  };

  const questions = () => [...(entry?.meta.reflect ?? []), ...game().debrief.general];
  const extras = (): AudienceExtras => ({
    seq: seq(),
    lang,
    title: entry?.meta.title ?? '',
    room: phones?.room ?? null,
    timerEndsAt: timer.endsAt,
    paused,
    debrief:
      screen !== 'play' && !branch && shown !== null && group?.phase === 'ended'
        ? { question: questions()[shown] ?? '', number: shown + 1, total: questions().length }
        : null,
    question: phones?.question ?? null,
    // Answers show on the projector while their question is open, and go with it.
    answers: phones?.question ? phones.answers : [],
    phoneVoters: phones?.voters ?? null,
    whatIf: branch !== null,
    lobby,
    page,
    joined: phones?.participants ?? 0,
    voting: flow()?.settings.voting ?? 'phones',
  });
  const view = () => {
    const f = flow();
    return f ? audienceView(f, extras()) : emptyAudienceView(extras());
  };
  const presenter = presentTo(o.link, view);

  const persist = () => {
    if (!group) return;
    const screenToSave = screen === 'guide' || screen === 'report' ? back : screen;
    if (!saveWorkshop(o.session, { version: 1, flow: group.save(), screen: screenToSave, current, shown, timerEndsAt: timer.endsAt }))
      notice(t().notices.saving);
    const f = flow();
    if (f) void o.runs.keep(f.record).catch(() => notice(game().runs.savingOff));
  };

  const renderHeader = () =>
    header.replaceChildren(
      ...facilitatorHeader({
        t: t(),
        game: game(),
        relay: phones ? { status: phones.status, code: phones.room?.code ?? null, participants: phones.participants } : null,
        running: group !== null,
        lobby: phones && group ? { shown: lobby, toggle: toggleLobby } : null,
        page: screen === 'play' ? view().page : null,
        openAudience,
        pause,
        help: () => openHelp(game(), defaultCountry(lang, o.languages)),
        guide: () => go('guide'),
        end: endWorkshop,
      }),
    );

  const go = (next: Screen) => {
    if (next === 'guide' || next === 'report') back = screen === 'guide' || screen === 'report' ? back : screen;
    screen = next;
    render(true);
  };

  // A vote coming in changes numbers only: those are patched in place, so a count being
  // typed by hand or a focused button is never disturbed. Anything else redraws the screen.
  let structure = '';
  const structureOf = () => {
    const f = flow();
    const answers = phones?.answers.map((a) => `${a.id}${a.approved}`);
    return JSON.stringify([
      screen,
      lang,
      f?.phase,
      f?.roundId,
      f?.consequencesShown,
      f?.rounds.length,
      branch !== null,
      current,
      shown,
      phones?.question,
      answers,
      timer.endsAt !== null,
    ]);
  };
  const patch = () => {
    const f = flow();
    const voters = (phones?.voters ?? 0) + (f?.handCounts ?? []).reduce((s, c) => s + c, 0);
    const votersEl = main.querySelector<HTMLElement>('[data-voters]');
    if (votersEl) {
      votersEl.dataset.voters = String(voters);
      votersEl.textContent = t().controls.voters(voters);
    }
    for (const el of main.querySelectorAll<HTMLElement>('[data-phone-count]')) {
      el.textContent = String(f?.phoneCounts?.[Number(el.dataset.phoneCount) - 1] ?? 0);
    }
    renderHeader();
  };

  function render(moved = false) {
    const next = structureOf();
    if (!moved && next === structure && screen === 'play') {
      patch();
      presenter.send(view());
      persist();
      return;
    }
    structure = next;
    const focused = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    const key = focused && main.contains(focused) ? focusKey(focused) : null;
    // A count being typed survives a redraw caused by a phone's vote.
    const typing = focused instanceof HTMLInputElement && focused.dataset.hands ? focused.value : null;
    document.documentElement.lang = lang;
    document.title = `${game().appName}: ${t().title}`;
    renderHeader();
    main.replaceChildren(screenElement());
    const slot = main.querySelector<HTMLElement>('[data-slot="path-map"]');
    const shownRun = flow()?.record;
    if (slot && shownRun && o.pathMap) o.pathMap(slot, shownRun);
    // With the rest of a long scene on the projector, the facilitator's scene box starts there too.
    const part = flow()?.sceneContinued ? main.querySelector<HTMLElement>('[data-part-note]') : null;
    if (part?.parentElement) part.parentElement.scrollTop = part.offsetTop - part.parentElement.offsetTop;
    const again = key ? main.querySelector<HTMLElement>(key) : null;
    if (again instanceof HTMLInputElement && typing !== null) again.value = typing;
    // A new moment starts at the top of the page; focus follows without scrolling it away.
    if (moved) window.scrollTo(0, 0);
    if (again && !again.hasAttribute('disabled')) again.focus({ preventScroll: moved });
    else if (moved || key)
      (main.querySelector<HTMLElement>('.ws-phase-panel button.primary') ?? main.querySelector<HTMLElement>('h2'))?.focus({
        preventScroll: true,
      });
    presenter.send(view());
    persist();
  }

  function screenElement(): HTMLElement {
    const f = flow();
    if (screen === 'guide') return guideView(t(), () => go(back));
    if (screen === 'report' && group && entry) {
      const parts = reportParts({ t: t(), game: game(), entry, flow: group, questions: questions() });
      return reportView({ ...parts, printLabel: t().report.print, backLabel: t().report.back, onBack: () => go('debrief') });
    }
    if (screen === 'debrief' && f && entry) {
      return workshopDebrief(
        {
          t: t(),
          game: game(),
          title: entry.meta.title,
          record: f.record,
          rounds: f.rounds,
          questions: questions(),
          shown,
          current,
          phones: phones !== null,
          asking: phones?.question != null,
          answers: phones?.answers ?? [],
          branch: branch !== null,
        },
        {
          select: (i) => {
            current = Math.max(0, Math.min(questions().length - 1, i));
            render();
          },
          show: (i) => {
            shown = i;
            render();
          },
          ask: () => phones?.ask(questions()[current] ?? ''),
          stopAsking: () => phones?.stopAsking(),
          approve: (id) => phones?.approve(id),
          approveAll: () => phones?.approveAll(),
          reject: (id) => phones?.reject(id),
          whatIf,
          backToGroup: () => {
            branch?.dispose();
            branch = null;
            if (group) phones?.follow(group);
            go('debrief');
          },
          download,
          printable: () => go('report'),
          newWorkshop: endWorkshop,
        },
      );
    }
    if (screen === 'play' && f && entry) {
      const shownTimer = timer.endsAt ? timeLeft(timer.endsAt) : null;
      return controlView(
        {
          t: t(),
          game: game(),
          title: entry.meta.title,
          flow: f,
          hands: f.settings.voting !== 'phones',
          phoneVoters: phones?.voters ?? null,
          timer: shownTimer,
          answers: phones ? { t: t(), asking: phones.question !== null, answers: phones.answers } : null,
          branch: branch !== null,
        },
        {
          showConsequences: () => act(() => f.showConsequences()),
          toChoice: () => act(() => f.toDiscussion()),
          continueScene: () => act(() => f.continueScene()),
          openVote: () => act(() => f.openVote()),
          closeVote: () => act(() => f.closeVote()),
          reveal: () => act(() => f.reveal()),
          choose: (i) => act(() => f.choose(i)),
          setHands: (counts) => {
            f.setHandCounts(counts);
            render();
          },
          startTimer: (minutes) => startTimer(minutes),
          stopTimer,
          toDebrief: () => go('debrief'),
          answers: {
            ask: () => phones?.ask(f.point?.discuss ?? ''),
            stopAsking: () => phones?.stopAsking(),
            approve: (id) => phones?.approve(id),
            approveAll: () => phones?.approveAll(),
            reject: (id) => phones?.reject(id),
          },
        },
      );
    }
    return setupView({
      t: t(),
      lang,
      scenarios: o.scenarios,
      relay: relayServed,
      onLang: (l) => {
        lang = l;
        render();
      },
      onBegin: (e, settings, name) => void begin(e, settings, name),
      onGuide: () => go('guide'),
      onBack: () => {
        window.location.href = window.location.pathname;
      },
    });
  }

  const focusKey = (el: HTMLElement) => {
    for (const attr of ['data-action', 'data-choose', 'data-hands', 'data-what-if', 'data-approve', 'data-reject', 'data-take-down']) {
      const value = el.getAttribute(attr);
      if (value !== null) return `[${attr}="${CSS.escape(value)}"]`;
    }
    return null;
  };

  /** A flow step; the flow refuses steps out of order (a double key press), which is harmless. */
  const act = (step: () => unknown) => {
    page = 0;
    try {
      step();
    } catch (error) {
      if (!(error instanceof Error && error.name === 'FlowError')) throw error;
    }
    const after = flow()?.phase;
    if (after !== 'voting' && after !== 'discuss') stopTimer(false);
    // A moment's question closes when the group has chosen.
    if ((after === 'scene' || after === 'ended') && phones?.question) phones.stopAsking();
    render(true);
  };

  async function begin(e: ScenarioEntry, settings: WorkshopSettings, name: string) {
    entry = e;
    lang = settings.lang;
    main.replaceChildren(
      h('section', { class: 'screen loading', 'aria-busy': 'true' }, h('h2', {}, e.meta.title), h('p', {}, game().play.loading)),
    );
    try {
      bundle = await loadBundle(e);
    } catch {
      notice(game().errors.load);
      screen = 'setup';
      render();
      return;
    }
    const seed = crypto.getRandomValues(new Uint32Array(1))[0] ?? 1;
    const session = StorySession.create({ bundle, lovedOne: { name, pronoun: 'they' }, seed });
    group = WorkshopFlow.start(session, settings);
    const date = new Intl.DateTimeFormat(lang === 'nl' ? 'nl-NL' : 'en-GB', { dateStyle: 'medium', timeStyle: 'short' }).format(
      session.record.startedAt,
    );
    session.record.label = t().runLabel(date);
    startFlow(group);
    screen = 'play';
    render(true);
  }

  /** The room on the relay: made as soon as the workshop is being set up, so people can join. */
  function openRoom() {
    if (phones || !relayServed || !o.session) return;
    phones = phoneVotes({ lang, storage: o.session, location: window.location, fallbackPrompt: game().play.choicesLabel });
    phones.on('change', () => {
      if (phones?.newRoom) notice(t().relay.newRoom);
      const refused = phones?.refused;
      if (refused) notice(refused === 'answers-full' ? t().rooms.answersFull : t().relay.refused(refused));
      // On the setup screen only the projector's lobby follows: the form keeps what is being chosen.
      if (screen === 'setup') presenter.send(view());
      else render();
    });
  }

  function startFlow(f: WorkshopFlow) {
    if (f.settings.voting === 'hands') {
      // Hands only: the room made for the lobby is not needed.
      phones?.end();
      phones = null;
    } else openRoom();
    phones?.follow(f);
  }

  /** N on a long scene: the projector's next page, while there is one. */
  function nextPage(): boolean {
    const shown = view().page;
    if (!shown || shown.number >= shown.count) return false;
    page = shown.number;
    renderHeader();
    presenter.send(view());
    return true;
  }

  function toggleLobby() {
    if (!phones) return;
    lobby = !lobby;
    renderHeader();
    presenter.send(view());
  }

  function whatIf(step: number, index: number) {
    if (!group || !bundle) return;
    branch = whatIfCopy(group, bundle, step, index);
    branch.record.label = `${group.record.label ?? ''} · ${t().debrief.whatIfHeading}`;
    phones?.follow(branch);
    screen = 'play';
    render(true);
  }

  function download() {
    if (!group || !entry) return;
    const parts = reportParts({ t: t(), game: game(), entry, flow: group, questions: questions() });
    const day = new Date(group.record.startedAt).toISOString().slice(0, 10);
    downloadText(`dichtbij-workshop-${entry.id}-${day}.md`, reportMarkdown(parts.data, parts.labels, parts.formatDate), 'text/markdown');
  }

  function endWorkshop() {
    if (!window.confirm(t().controls.endConfirm)) return;
    phones?.end();
    phones = null;
    group?.dispose();
    branch?.dispose();
    group = branch = null;
    shown = null;
    current = 0;
    forgetWorkshop(o.session);
    screen = 'setup';
    lobby = false;
    render(true);
  }

  function startTimer(minutes: number) {
    timer.start(minutes);
    render();
  }
  function stopTimer(redraw = true) {
    if (timer.stop() && redraw) render();
  }

  function pause() {
    if (isDialogOpen()) return;
    paused = true;
    phones?.pause(true);
    presenter.send(view());
    // "Stop now": the group stops playing here; the run is kept, and the debrief follows.
    const dialog = openPause(game(), () => (flow() ? go('debrief') : undefined));
    dialog.addEventListener('close', () => {
      paused = false;
      phones?.pause(false);
      presenter.send(view());
    });
  }

  function openAudience() {
    const url = `${window.location.pathname}?view=audience`;
    const opened = window.open(url, 'dichtbij-audience', 'popup');
    if (!opened) notice(`${t().controls.audienceBlocked} ${new URL(url, window.location.href).href}`);
  }

  facilitatorKeys({
    flow: () => (screen === 'play' ? flow() : null),
    pause,
    step: (run) => {
      const f = flow();
      if (f) act(() => run(f));
    },
    toDebrief: () => go('debrief'),
    lobby: toggleLobby,
    nextPage,
  });

  async function resume(): Promise<void> {
    try {
      const resumed = await resumeWorkshop(o.session, o.scenarios);
      if (!resumed) return;
      ({ entry, bundle, flow: group } = resumed);
      ({ current, shown, screen } = resumed.saved);
      const endsAt = resumed.saved.timerEndsAt;
      if (typeof endsAt === 'number' && endsAt > Date.now()) timer.runUntil(endsAt);
      lang = group.settings.lang;
      startFlow(group);
      notice(t().notices.resumed);
    } catch {
      notice(t().notices.couldNotResume);
    }
  }

  render();
  void (async () => {
    relayServed = await probeRelay();
    await resume();
    if (!group) openRoom();
    render(true);
  })();
}
