// The facilitator's screens, drawn from the facilitator's state (src/workshop/facilitator.ts):
// setup, guide, the moment-by-moment controls, the debrief and the report. The window
// (facilitator-app.ts) hands in what the buttons do.
import type { ScenarioEntry } from '../../core/catalog.ts';
import type { Facilitator } from '../../workshop/facilitator.ts';
import { timeLeft } from '../../workshop/facilitator-timer.ts';
import type { PhoneVotes } from '../../workshop/phone-votes.ts';
import { ROOM_MOMENTS } from '../../workshop/room-check.ts';
import type { RoomCheckState } from '../../workshop/room-check-state.ts';
import type { WorkshopFlow, WorkshopSettings } from '../../workshop/workshop-flow.ts';
import type { Screen } from '../../workshop/workshop-store.ts';
import { dictionaries } from '../i18n/index.ts';
import { controlView } from './control-view.ts';
import { workshopDictionaries } from './dictionaries.ts';
import { guideView } from './guide-view.ts';
import { reportParts } from './report-parts.ts';
import { reportView } from './report-view.ts';
import { roomCheckPanel } from './room-check-panel.ts';
import { setupView } from './setup-view.ts';
import { workshopDebrief } from './workshop-debrief.ts';

export interface ScreenContext {
  fac: Facilitator;
  phones: PhoneVotes | null;
  relayServed: boolean;
  /** A hosted relay chosen in the setup (its ws origin), or null for the page's own server. */
  relayOrigin: string | null;
  setRelay: (input: string) => string | null;
  scenarios: readonly ScenarioEntry[];
  timer: { endsAt: number | null; start(minutes: number): void };
  roomCheck: RoomCheckState;
  questions: string[];
  render: (moved?: boolean) => void;
  go: (screen: Screen) => void;
  act: (step: (flow: WorkshopFlow) => unknown) => void;
  whatIf: (step: number, index: number) => void;
  backToGroup: () => void;
  download: () => void;
  endWorkshop: () => void;
  begin: (entry: ScenarioEntry, settings: WorkshopSettings, name: string) => void;
  stopTimer: () => void;
}

/**
 * The screen, and below it the room's self-check: at setup while phones join the lobby (the
 * start), below the moment's controls, and in the debrief (the end).
 */
export function facilitatorScreenParts(c: ScreenContext): HTMLElement[] {
  const screen = facilitatorScreen(c);
  const f = c.fac.flow;
  const relay = c.phones?.relay ?? null;
  const setup = c.fac.screen === 'setup' && relay !== null;
  if (!setup && ((c.fac.screen !== 'play' && c.fac.screen !== 'debrief') || !f)) return [screen];
  const hands = f ? f.settings.voting !== 'phones' : false;
  const t = workshopDictionaries[c.fac.lang];
  const moments = setup ? (['start'] as const) : ROOM_MOMENTS;
  return [screen, roomCheckPanel({ t, state: c.roomCheck, relay, hands, moments })];
}

function facilitatorScreen(c: ScreenContext): HTMLElement {
  const { fac, phones, questions } = c;
  const t = workshopDictionaries[fac.lang];
  const game = dictionaries[fac.lang];
  const { flow: f, entry, group, branch } = fac;
  if (fac.screen === 'guide')
    return guideView(t, () => {
      fac.goBack();
      c.render(true);
    });
  if (fac.screen === 'report' && group && entry) {
    const parts = reportParts({ t, game, entry, flow: group, questions, selfCheck: c.roomCheck.counts() });
    return reportView({ ...parts, printLabel: t.report.print, backLabel: t.report.back, onBack: () => c.go('debrief') });
  }
  if (fac.screen === 'debrief' && f && entry) {
    return workshopDebrief(
      {
        t,
        game,
        title: entry.meta.title,
        record: f.record,
        rounds: f.rounds,
        questions,
        shown: fac.shown,
        current: fac.current,
        phones: phones !== null,
        asking: phones?.question != null,
        answers: phones?.answers ?? [],
        branch: branch !== null,
      },
      {
        select: (i) => {
          fac.select(i, questions.length);
          c.render();
        },
        show: (i) => {
          fac.shown = i;
          c.render();
        },
        ask: () => phones?.ask(questions[fac.current] ?? ''),
        stopAsking: () => phones?.stopAsking(),
        approve: (id) => phones?.approve(id),
        approveAll: () => phones?.approveAll(),
        reject: (id) => phones?.reject(id),
        whatIf: c.whatIf,
        backToGroup: c.backToGroup,
        download: c.download,
        printable: () => c.go('report'),
        newWorkshop: c.endWorkshop,
      },
    );
  }
  if (fac.screen === 'play' && f && entry) return controlScreen(c, f, entry);
  return setupView({
    t,
    lang: fac.lang,
    scenarios: c.scenarios,
    relay: c.relayServed,
    relayOrigin: c.relayOrigin,
    onRelay: c.setRelay,
    onLang: (l) => {
      fac.lang = l;
      c.render();
    },
    onBegin: c.begin,
    onGuide: () => c.go('guide'),
    onBack: () => {
      window.location.href = window.location.pathname;
    },
  });
}

function controlScreen(c: ScreenContext, f: WorkshopFlow, entry: ScenarioEntry): HTMLElement {
  const { phones, fac } = c;
  const t = workshopDictionaries[fac.lang];
  return controlView(
    {
      t,
      game: dictionaries[fac.lang],
      title: entry.meta.title,
      flow: f,
      hands: f.settings.voting !== 'phones',
      phoneVoters: phones?.voters ?? null,
      timer: c.timer.endsAt ? timeLeft(c.timer.endsAt) : null,
      answers: phones ? { t, asking: phones.question !== null, answers: phones.answers } : null,
      branch: fac.branch !== null,
    },
    {
      showConsequences: () => c.act((g) => g.showConsequences()),
      toChoice: () => c.act((g) => g.toDiscussion()),
      continueScene: () => c.act((g) => g.continueScene()),
      openVote: () => c.act((g) => g.openVote()),
      closeVote: () => c.act((g) => g.closeVote()),
      reveal: () => c.act((g) => g.reveal()),
      choose: (i) => c.act((g) => g.choose(i)),
      setHands: (counts) => {
        f.setHandCounts(counts);
        c.render();
      },
      startTimer: (minutes) => {
        c.timer.start(minutes);
        c.render();
      },
      stopTimer: c.stopTimer,
      toDebrief: () => c.go('debrief'),
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
