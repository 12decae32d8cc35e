// The phone page's DOM, painted whole from one state on every change (it is small), with
// focus and the half-typed answer kept across repaints. Text only: nothing from the network
// becomes HTML. Test hooks: `[data-phone-options] button[data-option]` (aria-pressed marks
// the phone's vote), `[data-phone-state]` on <main> (entry|connecting|waiting|open|closed|
// revealed|ended|full), `[data-phone-result]` with `data-counts`, `[data-phone-answer]`.
import type { Lang } from '../core/run-record.ts';
import { h } from '../ui/dom.ts';
import type { PhoneRound, PhoneView } from '../workshop/relay-protocol.ts';
import type { JoinDict } from './i18n.ts';
import type { PhoneStatus } from './phone-connection.ts';

export interface JoinState {
  lang: Lang;
  /** The room code, once one was given (in the address or typed). */
  code: string | null;
  status: PhoneStatus | 'entry';
  view: PhoneView | null;
  /** A message about the last thing the person did (a bad code, a refused vote). */
  notice: string | null;
  draft: string;
  /** Questions this phone answered while on this page (the view says so too, after a reload). */
  sentFor: string | null;
}

export interface JoinActions {
  submitCode(code: string): void;
  vote(index: number): void;
  answer(text: string): void;
  draft(text: string): void;
  switchLang(): void;
}

export function renderJoin(root: HTMLElement, state: JoinState, t: JoinDict, actions: JoinActions): void {
  const focusKey = (document.activeElement as HTMLElement | null)?.dataset?.key;
  document.documentElement.lang = state.lang;
  document.title = t.title;
  // One live region that outlives the repaints: a region inserted anew is often not read.
  let live = root.querySelector<HTMLElement>('#join-live');
  let page = root.querySelector<HTMLElement>('#join-page');
  if (!live || !page) {
    live = h('p', { id: 'join-live', class: 'visually-hidden', role: 'status', 'aria-live': 'polite' });
    page = h('div', { id: 'join-page' });
    root.replaceChildren(live, page);
  }
  const main = h('main', { 'data-phone-state': phase(state) });
  main.append(...body(state, t, actions));
  page.replaceChildren(
    h(
      'header',
      { class: 'join-header' },
      h('h1', {}, t.heading),
      h(
        'button',
        {
          type: 'button',
          class: 'join-lang',
          lang: state.lang === 'nl' ? 'en' : 'nl',
          'data-key': 'lang',
          onclick: () => actions.switchLang(),
        },
        t.switchLang,
      ),
    ),
    main,
    h('footer', { class: 'join-footer' }, t.anonymous),
  );
  const said = announcement(state, t);
  if (live.textContent !== said) live.textContent = said;
  if (focusKey) page.querySelector<HTMLElement>(`[data-key="${focusKey}"]`)?.focus();
}

/** What a screen reader hears when the page changes. */
function announcement(state: JoinState, t: JoinDict): string {
  if (state.status === 'entry' || state.status === 'unknown-room') return '';
  if (state.status === 'ended') return t.ended;
  if (state.status === 'room-full') return t.roomFull;
  if (state.status === 'lost') return t.lost;
  const view = state.view;
  if (!view) return t.connecting;
  if (view.paused) return t.paused;
  if (view.round) return `${view.round.prompt} ${roundLine(view.round, t)}`;
  if (view.question) return view.question.answered || state.sentFor === view.question.questionId ? t.sent : view.question.text;
  return t.waiting;
}

function roundLine(r: PhoneRound, t: JoinDict): string {
  if (r.phase === 'open') return r.myVote === null ? `${t.voteOpen} ${t.notVoted}` : t.yourVote(r.myVote + 1);
  if (r.phase === 'closed') return r.myVote === null ? t.closedNoVote : t.closedVote(r.myVote + 1);
  if (r.chosen === null) return t.closed;
  return r.overridden ? t.overridden(r.chosen + 1) : t.chosen(r.chosen + 1);
}

function phase(state: JoinState): string {
  if (state.status === 'entry' || state.status === 'unknown-room') return 'entry';
  if (state.status === 'ended') return 'ended';
  if (state.status === 'room-full') return 'full';
  if (!state.view) return 'connecting';
  return state.view.round?.phase ?? 'waiting';
}

function body(state: JoinState, t: JoinDict, actions: JoinActions): Node[] {
  const notice = state.notice ? h('p', { class: 'join-notice', role: 'alert' }, state.notice) : null;
  if (state.status === 'entry' || state.status === 'unknown-room') return [codeForm(state, t, actions), ...(notice ? [notice] : [])];
  if (state.status === 'ended') return [h('p', { class: 'join-big' }, t.ended)];
  if (state.status === 'room-full') return [h('p', { class: 'join-big' }, t.roomFull)];
  const status = h('p', { class: 'join-status' }, state.status === 'lost' ? t.lost : !state.view ? t.connecting : '');
  const view = state.view;
  if (!view) return [status];
  const parts: Node[] = [status];
  if (view.paused) parts.push(h('p', { class: 'join-big join-paused', 'data-phone-paused': '' }, t.paused));
  if (notice) parts.push(notice);
  if (view.round) parts.push(round(view.round, t, actions));
  else if (!view.question) parts.push(h('p', { class: 'join-big' }, t.waiting));
  if (view.question) parts.push(question(view, state, t, actions));
  return parts;
}

function codeForm(state: JoinState, t: JoinDict, actions: JoinActions): HTMLElement {
  const input = h('input', {
    id: 'room-code',
    name: 'room',
    'data-key': 'code',
    autocomplete: 'off',
    autocapitalize: 'characters',
    spellcheck: 'false',
    inputmode: 'text',
    maxlength: 12,
    'aria-describedby': 'room-code-hint',
    value: state.code ?? '',
  });
  return h(
    'form',
    {
      class: 'join-form',
      onsubmit: (event: Event) => {
        event.preventDefault();
        actions.submitCode(input.value);
      },
    },
    h('label', { for: 'room-code' }, t.codeLabel),
    input,
    h('p', { id: 'room-code-hint', class: 'join-hint' }, t.codeHint),
    h('button', { type: 'submit', class: 'join-primary', 'data-key': 'join' }, t.join),
  );
}

function round(r: PhoneRound, t: JoinDict, actions: JoinActions): HTMLElement {
  const open = r.phase === 'open';
  const total = (r.counts ?? []).reduce((a, b) => a + b, 0);
  const section = h('section', { class: 'join-round', 'aria-labelledby': 'round-prompt' }, h('h2', { id: 'round-prompt' }, r.prompt));
  section.append(h('p', { class: 'join-line' }, roundLine(r, t)));

  if (r.phase === 'revealed' && r.counts) {
    const list = h('ol', { class: 'join-result', 'data-phone-result': '', 'data-counts': r.counts.join(','), 'aria-label': t.result });
    for (const option of r.options) {
      const count = r.counts[option.index] ?? 0;
      const marks = [option.index === r.chosen ? '✓' : '', option.index === r.myVote ? `(${t.mine})` : ''].filter(Boolean).join(' ');
      list.append(
        h(
          'li',
          { class: option.index === r.chosen ? 'chosen' : null },
          h('span', { class: 'join-option-text' }, `${option.index + 1}. ${option.text}`),
          h('meter', { min: 0, max: Math.max(total, 1), value: count }),
          h('span', { class: 'join-count' }, `${t.votes(count)} ${marks}`.trim()),
        ),
      );
    }
    section.append(list);
    return section;
  }

  const list = h('div', { class: 'join-options', 'data-phone-options': '' });
  for (const option of r.options) {
    const mine = r.myVote === option.index;
    list.append(
      h(
        'button',
        {
          type: 'button',
          class: 'join-option',
          'data-option': option.index,
          'data-key': `option-${option.index}`,
          'aria-pressed': mine ? 'true' : 'false',
          disabled: !open || option.disabled === true,
          onclick: () => actions.vote(option.index),
        },
        // Read as "Option 2, Walk out"; seen as a big 2 beside the text.
        h('span', { class: 'join-number' }, h('span', { class: 'visually-hidden' }, `${t.option} `), String(option.index + 1)),
        h('span', { class: 'join-option-text' }, option.text),
        option.disabled ? h('span', { class: 'join-hint' }, t.unavailable) : null,
      ),
    );
  }
  section.append(list);
  return section;
}

function question(view: PhoneView, state: JoinState, t: JoinDict, actions: JoinActions): HTMLElement {
  const q = view.question!;
  const section = h(
    'section',
    { class: 'join-question', 'aria-labelledby': 'question-heading' },
    h('h2', { id: 'question-heading' }, t.questionHeading),
    h('p', { class: 'join-big' }, q.text),
  );
  if (q.answered || state.sentFor === q.questionId) {
    section.append(h('p', {}, t.sent));
  } else {
    const input = h('input', { id: 'answer', 'data-key': 'answer', maxlength: 140, autocomplete: 'off', value: state.draft });
    input.addEventListener('input', () => actions.draft(input.value));
    section.append(
      h(
        'form',
        {
          class: 'join-form',
          'data-phone-answer': '',
          onsubmit: (event: Event) => {
            event.preventDefault();
            actions.answer(input.value);
          },
        },
        h('label', { for: 'answer' }, t.answerLabel),
        input,
        h('button', { type: 'submit', class: 'join-primary', 'data-key': 'send' }, t.send),
      ),
    );
  }
  if (view.approved.length > 0) {
    section.append(h('h3', {}, t.shown), h('ul', { class: 'join-approved' }, ...view.approved.map((a) => h('li', {}, a.text))));
  }
  return section;
}
