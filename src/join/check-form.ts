// The self-check on a phone: the same statements as the solo game, one group of native
// radio buttons each, sent anonymously. The picks live in the page's state, so a repaint
// (another phone's vote, a reconnect) never loses them.
import { LEVELS, SELF_CHECK_ITEMS } from '../core/self-check-items.ts';
import { SELF_CHECK_TEXTS } from '../core/self-check-texts.ts';
import { h } from '../ui/dom.ts';
import type { JoinDict } from './i18n.ts';
import type { JoinActions, JoinState } from './join-view.ts';

export function checkForm(answered: boolean, state: JoinState, t: JoinDict, actions: JoinActions): HTMLElement {
  const section = h('section', { class: 'join-check', 'data-phone-check': answered ? 'sent' : 'open', 'aria-labelledby': 'check-heading' });
  section.append(h('h2', { id: 'check-heading' }, t.checkHeading));
  if (answered) {
    section.append(h('p', { class: 'join-big' }, t.checkSent));
    return section;
  }
  const texts = SELF_CHECK_TEXTS[state.lang];
  const groups = SELF_CHECK_ITEMS.map((item) =>
    h(
      'fieldset',
      { class: 'join-check-item', 'data-item': item },
      h('legend', {}, texts.statements[item]),
      ...LEVELS.map((level) => {
        const input = h('input', {
          type: 'radio',
          name: `check-${item}`,
          value: level,
          'data-key': `check-${item}-${level}`,
          checked: state.checkDraft[item] === level,
        });
        input.addEventListener('change', () => actions.checkPick(item, level));
        return h('label', { class: 'join-check-point' }, input, ` ${texts.levels[level]}`);
      }),
    ),
  );
  section.append(
    h('p', {}, t.checkIntro),
    h(
      'form',
      {
        class: 'join-form',
        onsubmit: (event: Event) => {
          event.preventDefault();
          actions.checkSend();
        },
      },
      ...groups,
      h('button', { type: 'submit', class: 'join-primary', 'data-key': 'check-send' }, t.checkSend),
    ),
  );
  return section;
}
