// One-line answers from phones to a question (a moment's #discuss prompt or a debrief
// question): the facilitator opens and closes the question, approves answers one by one or
// all that wait, turns one down, or takes an approved one off the screen again; only
// approved ones reach the projector.
import { h } from '../dom.ts';
import type { WorkshopDict } from './i18n-en.ts';

export interface AnswersModel {
  t: WorkshopDict;
  asking: boolean;
  answers: readonly { id: string; text: string; approved: boolean }[];
}

export interface AnswersActions {
  ask(): void;
  stopAsking(): void;
  approve(id: string): void;
  /** Approves every answer now listed as waiting. */
  approveAll(): void;
  /** Turns a waiting answer down, or takes an approved one off the screens. */
  reject(id: string): void;
}

export function answersPanel(m: AnswersModel, a: AnswersActions): HTMLElement {
  const { t } = m;
  const list = h('ul', { class: 'ws-answers' });
  for (const answer of m.answers) {
    const button = (attr: string, label: string, onclick: () => void) =>
      h('button', { type: 'button', [attr]: answer.id, 'aria-label': `${label}: ${answer.text}`, onclick }, label);
    list.append(
      h(
        'li',
        { 'data-answer': answer.id, 'data-approved': String(answer.approved) },
        h('span', {}, answer.text),
        ' ',
        answer.approved ? h('em', {}, t.relay.approved) : button('data-approve', t.relay.approve, () => a.approve(answer.id)),
        ' ',
        answer.approved
          ? button('data-take-down', t.rooms.takeDown, () => a.reject(answer.id))
          : button('data-reject', t.rooms.reject, () => a.reject(answer.id)),
      ),
    );
  }
  const waiting = m.answers.filter((answer) => !answer.approved).length;
  return h(
    'div',
    { class: 'ws-ask' },
    m.asking
      ? h('button', { type: 'button', 'data-action': 'stop-asking', onclick: a.stopAsking }, t.relay.stopAsking)
      : h('button', { type: 'button', 'data-action': 'ask', onclick: a.ask }, t.relay.ask),
    m.asking ? h('h4', {}, t.relay.answers) : null,
    m.asking && waiting > 1
      ? h('button', { type: 'button', 'data-action': 'approve-all', onclick: a.approveAll }, t.rooms.approveAll)
      : null,
    m.asking ? (m.answers.length > 0 ? list : h('p', { class: 'hint' }, t.relay.noAnswers)) : null,
  );
}
