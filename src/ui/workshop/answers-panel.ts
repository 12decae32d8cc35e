// One-line answers from phones to a question (a moment's #discuss prompt or a debrief
// question): the facilitator opens and closes the question and approves answers one by one;
// only approved ones reach the projector.
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
}

export function answersPanel(m: AnswersModel, a: AnswersActions): HTMLElement {
  const { t } = m;
  const list = h('ul', { class: 'ws-answers' });
  for (const answer of m.answers) {
    list.append(
      h(
        'li',
        { 'data-answer': answer.id },
        h('span', {}, answer.text),
        ' ',
        answer.approved
          ? h('em', {}, t.relay.approved)
          : h('button', { type: 'button', 'data-approve': answer.id, onclick: () => a.approve(answer.id) }, t.relay.approve),
      ),
    );
  }
  return h(
    'div',
    { class: 'ws-ask' },
    m.asking
      ? h('button', { type: 'button', 'data-action': 'stop-asking', onclick: a.stopAsking }, t.relay.stopAsking)
      : h('button', { type: 'button', 'data-action': 'ask', onclick: a.ask }, t.relay.ask),
    m.asking ? h('h4', {}, t.relay.answers) : null,
    m.asking ? (m.answers.length > 0 ? list : h('p', { class: 'hint' }, t.relay.noAnswers)) : null,
  );
}
