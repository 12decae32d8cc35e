// The facilitator's control screen for one moment of the story: the scene, the meters,
// and the controls of the phase the flow is in. Redrawn whole after every change; the
// controller keeps focus on the control that had it.
import type { SceneLine, WorkshopFlow } from '../../workshop/workshop-flow.ts';
import { h } from '../dom.ts';
import type { Dict } from '../i18n/index.ts';
import { describeChange, metersPanel } from '../meters-view.ts';
import { type AnswersActions, type AnswersModel, answersPanel } from './answers-panel.ts';
import type { WorkshopDict } from './i18n-en.ts';
import { lineLabel } from './line-label.ts';

export interface ControlModel {
  t: WorkshopDict;
  game: Dict;
  title: string;
  flow: WorkshopFlow;
  /** Counts by hands are entered here (hands or both). */
  hands: boolean;
  phoneVoters: number | null;
  timer: { left: string; up: boolean } | null;
  /** Phones are in the room: they may answer the moment's question in one line. */
  answers: AnswersModel | null;
  branch: boolean;
}

export interface ControlActions {
  showConsequences(): void;
  toChoice(): void;
  continueScene(): void;
  openVote(): void;
  closeVote(): void;
  reveal(): void;
  choose(index: number): void;
  setHands(counts: number[]): void;
  startTimer(minutes: number): void;
  stopTimer(): void;
  toDebrief(): void;
  answers: AnswersActions;
}

const button = (label: string, action: string, onclick: () => void, primary = false) =>
  h('button', { type: 'button', class: primary ? 'primary' : null, 'data-action': action, onclick }, label);

export function controlView(m: ControlModel, a: ControlActions): HTMLElement {
  const { t, flow } = m;
  const phase = flow.phase;
  const name = flow.record.lovedOne.name;
  const hidden = flow.settings.meters === 'after-reveal' && !flow.consequencesShown;

  // It scrolls when a scene is long, so keyboard users can reach it too.
  const scene = h('div', { class: 'ws-scene', role: 'region', tabindex: 0, 'aria-label': t.phases.scene });
  const lines = (shown: readonly SceneLine[], offScreen: boolean) =>
    shown.map((line) => {
      const feedback = line.role === 'inner' || line.role === 'coach';
      const label = lineLabel(m.game, name, line);
      return h(
        'p',
        { class: `line ${line.role}${feedback && hidden ? ' ws-hidden' : ''}${offScreen ? ' ws-off-screen' : ''}` },
        label ? h('span', { class: 'label' }, label) : null,
        line.text,
        feedback && hidden ? h('span', { class: 'ws-hidden-note' }, ` (${t.controls.hidden})`) : null,
      );
    });
  // A long scene reaches the projector in two parts; the one the room is not reading is dimmed.
  const { consequences, continuation } = flow.sceneParts;
  if ((phase === 'scene' || phase === 'ended') && continuation.length > 0) {
    const now = flow.sceneContinued;
    scene.append(
      ...lines(consequences, now),
      h('p', { class: 'ws-part-note', 'data-part-note': true }, now ? t.controls.nowPart : t.controls.laterPart),
      ...lines(continuation, !now),
    );
  } else scene.append(...lines(flow.scene, false));
  const change = flow.lastChange;
  const feedback =
    change && (phase === 'scene' || phase === 'ended')
      ? h(
          'div',
          { class: `feedback${hidden ? ' ws-hidden' : ''}`, 'data-feedback': true },
          h('p', { class: 'label' }, hidden ? `${t.controls.consequences} (${t.controls.hidden})` : t.controls.consequences),
          ...(describeChange(m.game, change).length > 0 ? describeChange(m.game, change) : [m.game.play.noChange]).map((l) =>
            h('p', {}, l),
          ),
        )
      : null;
  const meters = metersPanel(m.game, name, flow.meters).element;

  return h(
    'section',
    { class: 'screen ws-control', 'data-phase': phase, 'aria-labelledby': 'ws-heading' },
    h(
      'div',
      { class: 'ws-columns' },
      h(
        'div',
        { class: 'ws-story' },
        h('p', { class: 'ws-phase', 'data-phase-label': phase }, t.phases[phase]),
        h('h2', { id: 'ws-heading' }, m.title),
        m.branch
          ? h('p', { class: 'ws-branch-note', 'data-what-if-note': true }, `${t.debrief.whatIfHeading} ${t.debrief.whatIfNote}`)
          : null,
        scene,
        feedback,
      ),
      h('div', { class: 'ws-panel' }, phasePanel(m, a), timerPanel(m, a), meters, h('p', { class: 'hint' }, t.controls.keys)),
    ),
  );
}

function phasePanel(m: ControlModel, a: ControlActions): HTMLElement {
  const { t, flow } = m;
  const panel = h('div', { class: 'ws-phase-panel' });
  switch (flow.phase) {
    case 'scene':
    case 'ended':
      if (!flow.consequencesShown) panel.append(button(t.controls.showConsequences, 'show-consequences', a.showConsequences, true));
      if (flow.canContinueScene) panel.append(button(t.controls.continueScene, 'continue-scene', a.continueScene, flow.consequencesShown));
      else if (flow.phase === 'scene') panel.append(button(t.controls.toChoice, 'to-choice', a.toChoice, flow.consequencesShown));
      else panel.append(button(t.controls.toDebrief, 'to-debrief', a.toDebrief, flow.consequencesShown));
      break;
    default:
      panel.append(pointPanel(m, a));
  }
  return panel;
}

function pointPanel(m: ControlModel, a: ControlActions): HTMLElement {
  const { t, flow } = m;
  const point = flow.point;
  const phase = flow.phase;
  const counting = phase === 'voting' || phase === 'closed';
  const revealed = phase === 'revealed';
  const counts = flow.counts;
  const max = Math.max(0, ...counts);
  const leaders = max > 0 ? counts.flatMap((c, i) => (c === max ? [i] : [])) : [];
  const list = h('ol', { class: 'ws-options', 'data-choices': true });
  for (const option of point?.options ?? []) {
    const n = option.index + 1;
    const blocked = option.blocked !== null;
    const row = h(
      'li',
      { class: `ws-option${blocked ? ' crossed-out' : ''}`, 'data-option': n },
      h('span', { class: 'choice-number', 'aria-hidden': 'true' }, String(n)),
      h('span', { class: 'choice-text' }, option.text),
      blocked ? h('span', { class: 'crossed-reason' }, ` (${t.controls.crossedOut})`) : null,
    );
    if (counting && !blocked && (m.hands || flow.settings.voting !== 'hands')) {
      const line = h('div', { class: 'ws-count-line' });
      if (m.hands) {
        const input = h('input', {
          type: 'number',
          min: 0,
          max: 9999,
          inputmode: 'numeric',
          id: `ws-hands-${n}`,
          'data-hands': n,
          'aria-label': t.controls.handsLabel(n),
          value: flow.handCounts?.[option.index] ?? 0,
        });
        input.addEventListener('change', () => {
          const all = [...list.querySelectorAll<HTMLInputElement>('input[data-hands]')];
          const next = (point?.options ?? []).map((o) => Number(all.find((i) => i.dataset.hands === String(o.index + 1))?.value ?? 0));
          a.setHands(next.map((v) => (Number.isFinite(v) && v > 0 ? Math.floor(v) : 0)));
        });
        line.append(h('label', { class: 'ws-hands', for: `ws-hands-${n}` }, `${t.controls.hands} `, input));
      }
      if (flow.settings.voting !== 'hands') {
        const phones = flow.phoneCounts?.[option.index] ?? 0;
        line.append(
          h('span', { class: 'ws-phone-count' }, `${t.controls.phones}: `, h('strong', { 'data-phone-count': n }, String(phones))),
        );
      }
      row.append(line);
    }
    if (revealed) {
      row.append(
        h('strong', { class: 'ws-count', 'data-count': counts[option.index] ?? 0 }, ` ${t.controls.total}: ${counts[option.index] ?? 0}`),
      );
      if (!blocked) {
        const majority = leaders.length === 1 && leaders[0] === option.index;
        const inTie = leaders.length > 1 && leaders.includes(option.index);
        row.append(
          h(
            'button',
            { type: 'button', class: majority || inTie ? 'primary' : null, 'data-choose': n, onclick: () => a.choose(option.index) },
            majority || inTie || leaders.length === 0 ? `${n}: ${t.controls.takeMajority}` : `${n}: ${t.controls.override}`,
          ),
        );
      }
    }
    if (phase === 'discuss' && !blocked) {
      row.append(h('button', { type: 'button', 'data-choose': n, onclick: () => a.choose(option.index) }, String(n)));
    }
    list.append(row);
  }
  const voters = (m.phoneVoters ?? 0) + (flow.handCounts ?? []).reduce((s, c) => s + c, 0);
  return h(
    'div',
    { class: 'ws-point' },
    point?.discuss ? h('p', { class: 'discuss ws-prompt' }, point.discuss) : null,
    phase === 'discuss' ? h('p', { class: 'hint' }, t.controls.chooseDirect) : null,
    list,
    counting ? h('p', { class: 'ws-voters', 'data-voters': voters }, t.controls.voters(voters)) : null,
    revealed && leaders.length > 1 ? h('p', { class: 'hint' }, t.controls.tieNote) : null,
    revealed && leaders.length === 0 ? h('p', { class: 'hint' }, t.controls.noVotes) : null,
    h(
      'div',
      { class: 'actions' },
      phase === 'discuss' ? button(t.controls.openVote, 'open-vote', a.openVote, true) : null,
      phase === 'voting' ? button(t.controls.closeVote, 'close-vote', a.closeVote, true) : null,
      phase === 'closed' ? button(t.controls.reveal, 'reveal', a.reveal, true) : null,
    ),
    // Below the vote's button, so answers coming in never push it out of sight.
    m.answers && point?.discuss && (phase === 'discuss' || phase === 'voting') ? answersPanel(m.answers, a.answers) : null,
  );
}

function timerPanel(m: ControlModel, a: ControlActions): HTMLElement | null {
  const { t } = m;
  if (m.flow.phase === 'ended') return null;
  if (m.timer) {
    return h(
      'div',
      { class: 'ws-timer' },
      h('p', { role: 'timer', 'aria-live': 'off' }, m.timer.up ? t.controls.timeUp : t.controls.timeLeft(m.timer.left)),
      button(t.controls.stopTimer, 'stop-timer', a.stopTimer),
    );
  }
  return h(
    'div',
    { class: 'ws-timer', role: 'group', 'aria-label': t.controls.timer },
    h('span', {}, `${t.controls.timer}: `),
    ...[1, 2, 5].map((min) => button(t.controls.startTimer(min), `timer-${min}`, () => a.startTimer(min))),
  );
}
