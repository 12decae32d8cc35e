// The facilitator's window: setup, the moment-by-moment controls, the debrief and the
// report. It renders the facilitator's state and calls its steps (src/workshop/
// facilitator.ts, which also keeps the workshop over a reload); it mirrors the room on
// the projector window and, when served by the relay, on the phones.
import type { ScenarioEntry } from '../../core/catalog.ts';
import type { Lang, RunRecord } from '../../core/run-record.ts';
import { Facilitator, type FacilitatorNotice, type Screen } from '../../workshop/facilitator.ts';
import { facilitatorTimer } from '../../workshop/facilitator-timer.ts';
import { type PhoneVotes, phoneVotes } from '../../workshop/phone-votes.ts';
import { chooseRelay, relaySocketUrl, relaysInPolicy, rememberedRelay } from '../../workshop/relay-address.ts';
import { probeRelay, relayUrl } from '../../workshop/relay-client.ts';
import { reportMarkdown } from '../../workshop/report.ts';
import { RoomCheckState } from '../../workshop/room-check-state.ts';
import { presentTo, type SyncLink, viewCounter } from '../../workshop/screen-sync.ts';
import type { WorkshopFlow, WorkshopSettings } from '../../workshop/workshop-flow.ts';
import { defaultCountry, isDialogOpen, openHelp, openPause } from '../dialogs.ts';
import { h } from '../dom.ts';
import { dictionaries } from '../i18n/index.ts';
import { workshopDictionaries } from './dictionaries.ts';
import { facilitatorHeader } from './facilitator-header.ts';
import { facilitatorKeys } from './facilitator-keys.ts';
import { facilitatorScreenParts } from './facilitator-screens.ts';
import { patchCounts, redrawKeepingPlace } from './redraw.ts';
import { downloadText, reportParts } from './report-parts.ts';

export interface FacilitatorOptions {
  root: HTMLElement;
  scenarios: readonly ScenarioEntry[];
  lang: Lang;
  languages: readonly string[];
  /** This tab's storage: the workshop and the relay secret survive a reload, not the tab. */
  session: Storage | null;
  /** This device's storage: remembers a hosted relay chosen in the setup. */
  device: Storage | null;
  /** Keep the group's run among the runs of this device (main.ts wires the store). */
  keepRun: (record: RunRecord) => Promise<void>;
  link: SyncLink;
  /** Draws the group's path on the scenario's path map, into the debrief's marked slot. */
  pathMap?: PathMapPresenter;
}

/** How long a notice stays before it clears itself. */
const NOTICE_MS = 15_000;

export type PathMapPresenter = (slot: HTMLElement, record: RunRecord) => void;

export function facilitatorApp(o: FacilitatorOptions) {
  const timer = facilitatorTimer(({ left, up }) => {
    const el = main.querySelector('[role="timer"]');
    if (el) el.textContent = up ? t().controls.timeUp : t().controls.timeLeft(left);
  });
  const fac = new Facilitator({ scenarios: o.scenarios, lang: o.lang, storage: o.session, keepRun: o.keepRun, timer });
  let phones: PhoneVotes | null = null;
  let relayServed = false;
  const page = { protocol: window.location.protocol, host: window.location.host };
  // The relays this page may reach are the ones its Content-Security-Policy names.
  const allowedRelays = relaysInPolicy(
    document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content') ?? null,
  );
  let relayOrigin = rememberedRelay(o.device, page, allowedRelays);
  const seq = viewCounter();
  const t = () => workshopDictionaries[fac.lang];
  const game = () => dictionaries[fac.lang];
  const flow = () => fac.flow;

  const header = h('header', { class: 'app-header ws-header' });
  const notices = h('div', { class: 'notices', role: 'status' });
  const main = h('main', { id: 'main', tabindex: -1 });
  o.root.replaceChildren(header, notices, main);
  const notice = (text: string) => {
    if ([...notices.children].some((n) => n.firstChild?.textContent === text)) return;
    const note = h('p', { class: 'notice' }, h('span', {}, text), ' ');
    // A notice says its piece and goes: on its own after a while, or at once when dismissed.
    const timeout = setTimeout(() => note.remove(), NOTICE_MS);
    const dismiss = () => {
      clearTimeout(timeout);
      note.remove();
    };
    note.append(h('button', { type: 'button', class: 'link', 'data-action': 'dismiss-notice', onclick: dismiss }, t().rooms.dismiss));
    notices.append(note);
  };
  const noticeTexts: Record<FacilitatorNotice, () => string> = {
    saving: () => t().notices.saving,
    'saving-off': () => game().runs.savingOff,
    load: () => game().errors.load,
    resumed: () => t().notices.resumed,
    'story-changed': () => t().notices.couldNotResume,
    broken: () => t().workshopStore.broken,
  };
  fac.onNotice((n) => notice(noticeTexts[n]()));

  const questions = () => [...(fac.entry?.meta.reflect ?? []), ...game().debrief.general];
  const roomCheck = new RoomCheckState(() => render()); // The room's self-check: counts coming in redraw in place.
  const view = () => fac.audience({ seq: seq(), questions: questions(), timerEndsAt: timer.endsAt, phones, selfCheck: roomCheck.screen() });
  const presenter = presentTo(o.link, view);

  const renderHeader = () =>
    header.replaceChildren(
      ...facilitatorHeader({
        t: t(),
        game: game(),
        relay: phones ? { status: phones.status, code: phones.room?.code ?? null, participants: phones.participants } : null,
        running: fac.group !== null,
        lobby: phones && fac.group ? { shown: fac.lobby, toggle: toggleLobby } : null,
        page: fac.screen === 'play' ? view().page : null,
        openAudience,
        pause,
        help: () => openHelp(game(), defaultCountry(fac.lang, o.languages)),
        guide: () => go('guide'),
        end: endWorkshop,
      }),
    );

  const go = (next: Screen) => {
    fac.go(next);
    render(true);
  };

  // A vote coming in changes numbers only: those are patched in place, so a count being
  // typed by hand or a focused button is never disturbed. Anything else redraws the screen.
  let structure = '';
  const structureOf = () => {
    const f = flow();
    const answers = phones?.answers.map((a) => `${a.id}${a.approved}`);
    return JSON.stringify([
      fac.screen,
      fac.lang,
      f?.phase,
      f?.roundId,
      f?.consequencesShown,
      f?.rounds.length,
      fac.branch !== null,
      fac.current,
      fac.shown,
      phones?.question,
      answers,
      timer.endsAt !== null,
      roomCheck.changes,
    ]);
  };
  function render(moved = false) {
    const next = structureOf();
    renderHeader();
    if (!moved && next === structure && fac.screen === 'play') patchCounts(main, t(), flow(), phones?.voters ?? null);
    else {
      structure = next;
      document.documentElement.lang = fac.lang;
      document.title = `${game().appName}: ${t().title}`;
      redrawKeepingPlace(main, screenElement(), moved, () => {
        const slot = main.querySelector<HTMLElement>('[data-slot="path-map"]');
        const shownRun = flow()?.record;
        if (slot && shownRun && o.pathMap) o.pathMap(slot, shownRun);
        // With the rest of a long scene on the projector, the facilitator's scene box starts there too.
        const part = flow()?.sceneContinued ? main.querySelector<HTMLElement>('[data-part-note]') : null;
        if (part?.parentElement) part.parentElement.scrollTop = part.offsetTop - part.parentElement.offsetTop;
      });
    }
    presenter.send(view());
    fac.save();
  }

  const screenElement = () =>
    facilitatorScreenParts({
      fac,
      phones,
      relayServed,
      relayOrigin,
      setRelay,
      scenarios: o.scenarios,
      timer,
      roomCheck,
      questions: questions(),
      render,
      go,
      act,
      whatIf,
      backToGroup: () => {
        fac.backToGroup();
        if (fac.group) phones?.follow(fac.group);
        render(true);
      },
      download,
      endWorkshop,
      begin: (e, settings, name) => void begin(e, settings, name),
      stopTimer,
    });

  const act = (step: (flow: WorkshopFlow) => unknown) => {
    const after = fac.act(step);
    if (after !== 'voting' && after !== 'discuss') stopTimer(false);
    // A moment's question closes when the group has chosen.
    if ((after === 'scene' || after === 'ended') && phones?.question) phones.stopAsking();
    render(true);
  };

  async function begin(e: ScenarioEntry, settings: WorkshopSettings, name: string) {
    main.replaceChildren(
      h('section', { class: 'screen loading', 'aria-busy': 'true' }, h('h2', {}, e.meta.title), h('p', {}, game().play.loading)),
    );
    const dateFormat = new Intl.DateTimeFormat(settings.lang === 'nl' ? 'nl-NL' : 'en-GB', { dateStyle: 'medium', timeStyle: 'short' });
    const label = (startedAt: number) => workshopDictionaries[settings.lang].runLabel(dateFormat.format(startedAt));
    if ((await fac.begin(e, settings, { name, label })) && fac.group) startFlow(fac.group);
    render(true);
  }

  /** The room on the relay: made as soon as the workshop is being set up, so people can join. */
  function openRoom() {
    if (phones || !relayServed || !o.session) return;
    const url = relayOrigin ? relaySocketUrl(relayOrigin) : relayUrl(page);
    phones = phoneVotes({ lang: fac.lang, storage: o.session, url, fallbackPrompt: game().play.choicesLabel });
    phones.on('change', () => {
      if (phones?.newRoom) notice(t().relay.newRoom);
      const refused = phones?.refused;
      if (refused === 'answers-full') notice(t().rooms.answersFull);
      else if (refused === 'no-check') notice(t().roomCheck.notKept);
      else if (refused) notice(t().relay.refused(refused));
      // On the setup screen only the projector's lobby follows: the form keeps what is being chosen.
      if (fac.screen === 'setup') presenter.send(view());
      else render();
    });
  }

  /** The setup's relay field: checked, remembered, and the lobby's room made there. Returns what is wrong. */
  function setRelay(input: string): string | null {
    const chosen = chooseRelay(o.device, input, page, allowedRelays);
    if (!chosen.ok) return chosen.reason === 'invalid' ? t().hosted.relayInvalid : t().hosted.relayNotAllowed(allowedRelays ?? []);
    relayOrigin = chosen.origin;
    phones?.end();
    phones = null;
    void (async () => {
      relayServed = relayOrigin !== null || (await probeRelay());
      openRoom();
      notice(relayOrigin ? t().hosted.relaySet(relayOrigin) : t().hosted.relayOwn);
      render(true);
    })();
    return null;
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
    if (!fac.nextPage(view().page)) return false;
    renderHeader();
    presenter.send(view());
    return true;
  }

  function toggleLobby() {
    if (!phones) return;
    fac.toggleLobby();
    renderHeader();
    presenter.send(view());
  }

  function whatIf(step: number, index: number) {
    const branch = fac.whatIf(step, index, `${fac.group?.record.label ?? ''} · ${t().debrief.whatIfHeading}`);
    if (branch) phones?.follow(branch);
    render(true);
  }

  function download() {
    const { group, entry } = fac;
    if (!group || !entry) return;
    const parts = reportParts({ t: t(), game: game(), entry, flow: group, questions: questions(), selfCheck: roomCheck.counts() });
    const day = new Date(group.record.startedAt).toISOString().slice(0, 10);
    downloadText(`dichtbij-workshop-${entry.id}-${day}.md`, reportMarkdown(parts.data, parts.labels, parts.formatDate), 'text/markdown');
  }

  function endWorkshop() {
    if (!window.confirm(t().controls.endConfirm)) return;
    phones?.end();
    phones = null;
    fac.end();
    // The next workshop's room, so its lobby is on the projector while it is set up.
    openRoom();
    render(true);
  }

  function stopTimer(redraw = true) {
    if (timer.stop() && redraw) render();
  }

  function pause() {
    if (isDialogOpen()) return;
    fac.paused = true;
    phones?.pause(true);
    presenter.send(view());
    // "Stop now": the group stops playing here; the run is kept, and the debrief follows.
    const dialog = openPause(game(), () => (flow() ? go('debrief') : undefined));
    dialog.addEventListener('close', () => {
      fac.paused = false;
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
    flow: () => (fac.screen === 'play' ? flow() : null),
    pause,
    step: (run) => act(run),
    toDebrief: () => go('debrief'),
    lobby: toggleLobby,
    nextPage,
  });

  render();
  void (async () => {
    relayServed = relayOrigin !== null || (await probeRelay());
    if ((await fac.resume()) && fac.group) startFlow(fac.group);
    else openRoom();
    render(true);
  })();
}
