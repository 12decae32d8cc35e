// What the room may see on the projector, derived from the facilitator's state. This is
// the only thing that crosses to the audience window, so it cannot show what it does not
// carry: no per-option counts before the reveal, no facilitator notes, no unapproved
// answers, and meters and feedback only when the settings allow.
import type { Meters } from '../core/meters.ts';
import type { EndingType } from '../core/protocol.ts';
import type { Lang } from '../core/run-record.ts';
import type { MeterChange } from '../core/story-session.ts';
import { scenePages } from './scene-pages.ts';
import type { Phase, SceneLine, VotingMode, WorkshopFlow } from './workshop-flow.ts';

export interface AudienceOption {
  number: number;
  text: string;
  blocked: boolean;
}

/** Enough to replay the group's run on the projector's stage (the choices the room has seen play out). */
export interface StageRun {
  scenarioId: string;
  lang: Lang;
  seed: number;
  lovedOne: { name: string; pronoun: 'she' | 'he' | 'they' };
  variables: Record<string, string | number>;
  choices: number[];
  /**
   * While the room reads the first part of a long scene: how many lines of the last choice's
   * scene the stage may act out. Null: all of them.
   */
  holdAfter: number | null;
}

export interface AudienceView {
  /** Increases with every view the facilitator sends; a stale one is dropped. */
  seq: number;
  lang: Lang;
  title: string;
  lovedName: string;
  phase: Phase | 'setup' | 'debrief';
  scene: SceneLine[];
  prompt: string | null;
  options: AudienceOption[];
  /** Votes received so far (not per option): shown while voting. */
  voters: number | null;
  /** Per option, only once revealed. */
  counts: number[] | null;
  chosen: number | null;
  overridden: boolean;
  meters: Meters | null;
  change: MeterChange | null;
  ending: EndingType | null;
  room: { code: string; joinUrl: string } | null;
  /** When the facilitator's optional timer runs out (epoch ms), else null. */
  timerEndsAt: number | null;
  paused: boolean;
  debrief: { question: string; number: number; total: number } | null;
  /** A question put to the phones for one-line answers. */
  question: string | null;
  /** Answers the facilitator approved, and only those. */
  answers: string[];
  /** A what-if copy of the group's run is being played, not the group's own. */
  whatIf: boolean;
  stage: StageRun | null;
  /** How this room votes: the projector's instruction says hands, phones or both. */
  voting: VotingMode;
  /** After a choice: the chosen option's words and the counts it had (null: chosen without a vote). */
  choice: { text: string; counts: number[] | null } | null;
  /** The lobby: how to join and how many have, shown full screen instead of the story. */
  lobby: { joined: number } | null;
  /** A long scene comes in pages that each fit the screen at a readable size. */
  page: { number: number; count: number } | null;
  /** The projector plays the soundscape. */
  sound: boolean;
}

export interface AudienceExtras {
  seq: number;
  lang: Lang;
  title: string;
  room: { code: string; joinUrl: string } | null;
  timerEndsAt: number | null;
  paused: boolean;
  debrief: { question: string; number: number; total: number } | null;
  question: string | null;
  answers: readonly { text: string; approved: boolean }[];
  /** Phones that have voted in the current round. */
  phoneVoters: number | null;
  whatIf: boolean;
  /** The facilitator shows the lobby (before the start it shows whenever there is a room). */
  lobby: boolean;
  /** Phones in the room now. */
  joined: number;
  voting: VotingMode;
  /** The page of a long scene the facilitator has turned to (0: the first). */
  page: number;
}

export function emptyAudienceView(extras: AudienceExtras): AudienceView {
  return {
    seq: extras.seq,
    lang: extras.lang,
    title: extras.title,
    lovedName: '',
    phase: 'setup',
    scene: [],
    prompt: null,
    options: [],
    voters: null,
    counts: null,
    chosen: null,
    overridden: false,
    meters: null,
    change: null,
    ending: null,
    room: extras.room,
    timerEndsAt: null,
    paused: extras.paused,
    debrief: null,
    question: extras.question,
    answers: approvedOnly(extras.answers),
    whatIf: false,
    stage: null,
    voting: extras.voting,
    choice: null,
    // From the moment the workshop is set up, the room can join.
    lobby: extras.room ? { joined: extras.joined } : null,
    page: null,
    sound: false,
  };
}

const approvedOnly = (answers: AudienceExtras['answers']) => answers.filter((a) => a.approved).map((a) => a.text);

export function audienceView(flow: WorkshopFlow, extras: AudienceExtras): AudienceView {
  const phase = flow.phase;
  const hideFeedback = flow.settings.meters === 'after-reveal' && !flow.consequencesShown;
  // Before the reveal, the meters are hidden in 'after-reveal' mode: the room decides on the story.
  const metersVisible = flow.settings.meters === 'always' || (phase === 'scene' && flow.consequencesShown) || phase === 'ended';
  const point = flow.point;
  const atPoint = phase === 'discuss' || phase === 'voting' || phase === 'closed' || phase === 'revealed';
  const revealed = phase === 'revealed';
  const lastRound = flow.rounds[flow.rounds.length - 1];
  // After a long scene the projector shows it in two parts: what the choice did, then the rest.
  const afterChoice = phase === 'scene' || phase === 'ended';
  const parts = flow.sceneParts;
  const secondPart = afterChoice && flow.sceneContinued && parts.continuation.length > 0;
  const firstPart = afterChoice && !secondPart;
  const part = secondPart ? parts.continuation : firstPart ? parts.consequences : flow.scene;
  const visible = hideFeedback ? part.filter((l) => l.role !== 'inner' && l.role !== 'coach') : part;
  const choiceShown = firstPart && lastRound !== undefined && flow.consequencesShown;
  const closing = (metersVisible ? 4 : 0) + (!hideFeedback && firstPart ? 5 : 0) + (phase === 'ended' && !hideFeedback ? 3 : 0);
  const pages = phase === 'scene' || phase === 'ended' ? scenePages(visible, { first: choiceShown ? 3 : 0, last: closing }) : [visible];
  const pageIndex = Math.max(0, Math.min(extras.page, pages.length - 1));
  const lastPage = pageIndex === pages.length - 1;
  // The choice opens the first page; what it changed and the ending close the last.
  const showChoice = choiceShown && pageIndex === 0;
  const handVoters = flow.handCounts ? flow.handCounts.reduce((a, b) => a + b, 0) : 0;
  return {
    seq: extras.seq,
    lang: extras.lang,
    title: extras.title,
    lovedName: flow.record.lovedOne.name,
    phase: extras.debrief ? 'debrief' : phase,
    scene: pages[pageIndex] ?? [],
    prompt: atPoint ? (point?.discuss ?? null) : null,
    options: atPoint && point ? point.options.map((o) => ({ number: o.index + 1, text: o.text, blocked: o.blocked !== null })) : [],
    voters: phase === 'voting' || phase === 'closed' ? (extras.phoneVoters ?? 0) + handVoters : null,
    counts: revealed ? flow.counts : null,
    chosen: showChoice ? lastRound.chosen + 1 : null,
    overridden: showChoice ? lastRound.overridden : false,
    meters: metersVisible ? flow.meters : null,
    change: metersVisible && !hideFeedback && firstPart && lastPage ? flow.lastChange : null,
    ending: phase === 'ended' && !hideFeedback && !flow.canContinueScene && lastPage ? flow.ending : null,
    room: extras.room,
    timerEndsAt: extras.timerEndsAt,
    paused: extras.paused,
    debrief: extras.debrief,
    question: extras.question,
    answers: approvedOnly(extras.answers),
    whatIf: extras.whatIf,
    stage: {
      scenarioId: flow.record.scenarioId,
      lang: flow.record.lang,
      seed: flow.record.seed,
      lovedOne: { ...flow.record.lovedOne },
      variables: { ...flow.record.variables },
      // The stage shows what the meters show: a choice moves it once its consequences are out.
      choices: flow.record.steps.slice(0, hideFeedback ? -1 : undefined).map((s) => s.choiceIndex),
      holdAfter: firstPart && !hideFeedback && parts.continuation.length > 0 ? parts.consequences.length : null,
    },
    voting: flow.settings.voting,
    choice: showChoice ? { text: lastRound.options.find((o) => o.index === lastRound.chosen)?.text ?? '', counts: lastRound.counts } : null,
    lobby: extras.lobby && extras.room ? { joined: extras.joined } : null,
    // The debrief shows a question, not the scene: no page number.
    page: pages.length > 1 && !extras.debrief ? { number: pageIndex + 1, count: pages.length } : null,
    sound: flow.settings.sound === true,
  };
}
