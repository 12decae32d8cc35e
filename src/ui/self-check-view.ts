// The self-check's screens and parts: the offer on the start screen, the one-screen form
// of five statements, the moments side by side in words, and the calendar reminder. They
// render and call; what is kept is decided in src/runs/self-check-director.ts.
import type { Lang } from '../core/run-record.ts';
import { type Answers, answeredMoments, type Moment, type SelfCheck, shift } from '../core/self-check.ts';
import { LEVELS, type Level, SELF_CHECK_ITEMS, type SelfCheckItem } from '../core/self-check-items.ts';
import { SELF_CHECK_TEXTS } from '../core/self-check-texts.ts';
import type { OfferState } from '../runs/self-check-director.ts';
import { h } from './dom.ts';
import type { Dict } from './i18n/index.ts';

/** The offer on the start screen before a visit's first scenario; one press says "not now". */
export function selfCheckOffer(o: { t: Dict; state: OfferState; onTake: () => void; onNotNow: () => void }): HTMLElement {
  const { t } = o;
  const body =
    o.state === 'offer'
      ? [
          h('p', {}, t.selfCheck.offerText),
          h(
            'div',
            { class: 'actions' },
            h('button', { type: 'button', 'data-action': 'self-check', onclick: o.onTake }, t.selfCheck.take),
            h('button', { type: 'button', 'data-action': 'self-check-skip', onclick: o.onNotNow }, t.selfCheck.notNow),
          ),
        ]
      : [h('p', { role: 'status' }, o.state === 'kept' ? t.selfCheck.keptNote : t.selfCheck.skippedNote)];
  return h(
    'aside',
    { class: 'self-check-offer', 'data-self-check-offer': o.state, 'aria-labelledby': 'self-check-offer-heading' },
    h('h3', { id: 'self-check-offer-heading' }, t.selfCheck.offerHeading),
    ...body,
  );
}

export interface SelfCheckFormOptions {
  t: Dict;
  lang: Lang;
  moment: Moment;
  onSave: (answers: Answers) => void;
  onBack: () => void;
}

/** The five statements on one screen, each a group of five native radio buttons. */
export function selfCheckForm(o: SelfCheckFormOptions): HTMLElement {
  const { t } = o;
  const texts = SELF_CHECK_TEXTS[o.lang];
  const groups = SELF_CHECK_ITEMS.map((item, i) =>
    h(
      'fieldset',
      { class: 'self-check-item', 'data-item': item },
      h('legend', {}, h('span', { class: 'item-number' }, `${i + 1}. `), texts.statements[item]),
      h(
        'div',
        { class: 'scale' },
        ...LEVELS.map((level) =>
          h(
            'label',
            { class: 'scale-point' },
            h('input', { type: 'radio', name: `check-${item}`, value: level, 'data-level': level }),
            h('span', {}, texts.levels[level]),
          ),
        ),
      ),
    ),
  );
  const error = h('p', { class: 'error', role: 'alert', hidden: true });
  const form = h(
    'form',
    { class: 'self-check-form', novalidate: true },
    ...groups,
    error,
    h(
      'div',
      { class: 'actions' },
      h('button', { type: 'submit', class: 'primary', 'data-action': 'self-check-save' }, t.selfCheck.save),
      h(
        'button',
        { type: 'button', 'data-action': o.moment === 'before' ? 'self-check-skip' : 'self-check-back', onclick: o.onBack },
        o.moment === 'before' ? t.selfCheck.notNow : t.selfCheck.back,
      ),
    ),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const answers: Answers = {};
    for (const item of SELF_CHECK_ITEMS) {
      const value = form.querySelector<HTMLInputElement>(`input[name="check-${item}"]:checked`)?.value;
      const level = LEVELS.find((l) => l === value);
      if (level) answers[item] = level;
    }
    if (Object.keys(answers).length === 0) {
      error.textContent = t.selfCheck.nothingAnswered;
      error.hidden = false;
      form.querySelector<HTMLInputElement>('input[type="radio"]')?.focus();
      return;
    }
    o.onSave(answers);
  });
  return h(
    'section',
    { class: 'screen self-check', 'data-moment': o.moment, 'aria-labelledby': 'self-check-heading' },
    h('h2', { id: 'self-check-heading' }, t.selfCheck.headings[o.moment]),
    h('p', { class: 'intro' }, t.selfCheck.intro),
    form,
  );
}

/** Each statement with its answers at the moments answered, side by side, and how they moved, in words. */
export function selfCheckComparison(t: Dict, lang: Lang, check: SelfCheck): HTMLElement {
  const texts = SELF_CHECK_TEXTS[lang];
  const moments = answeredMoments(check);
  const levelText = (level: Level | undefined) => (level ? texts.levels[level] : t.selfCheck.open);
  const answerOf = (moment: Moment, item: SelfCheckItem) => check[moment]?.answers[item];
  const item = (id: SelfCheckItem) => {
    const shifts = moments.slice(1).map((to, i) => {
      const from = moments[i] as Moment;
      const moved = shift(answerOf(from, id), answerOf(to, id));
      return h('p', { class: 'shift', 'data-shift': moved, 'data-to': to }, t.selfCheck.shift[moved](from, to));
    });
    return h(
      'li',
      { class: 'compare-item', 'data-item': id },
      h('p', { class: 'statement' }, texts.statements[id]),
      h(
        'dl',
        { class: 'moments', 'data-count': moments.length },
        ...moments.map((m) =>
          h(
            'div',
            { class: 'moment', 'data-moment': m },
            h('dt', {}, t.selfCheck.moments[m]),
            h('dd', { 'data-level': answerOf(m, id) ?? 'open' }, levelText(answerOf(m, id))),
          ),
        ),
      ),
      ...shifts,
    );
  };
  return h(
    'div',
    { class: 'self-check-comparison' },
    h('p', { class: 'hint' }, t.selfCheck.compareIntro),
    h('ol', { class: 'compare-items', role: 'list' }, ...SELF_CHECK_ITEMS.map(item)),
  );
}

/** The calendar reminder for a look back in a week (a file the player keeps; nothing is sent). */
export function reminderBlock(t: Dict, onDownload: () => void): HTMLElement {
  return h(
    'div',
    { class: 'self-check-reminder' },
    h('h4', {}, t.selfCheck.reminderHeading),
    h('p', {}, t.selfCheck.reminderText),
    h('button', { type: 'button', 'data-action': 'reminder', onclick: onDownload }, t.selfCheck.reminderButton),
  );
}

/** The self-check part of a debrief: the offer to answer again, or the comparison. */
export function debriefSelfCheck(o: { t: Dict; lang: Lang; check: SelfCheck; onAnswer: () => void; onReminder: () => void }): HTMLElement {
  const { t, check } = o;
  return h(
    'section',
    { class: 'debrief-self-check', 'aria-labelledby': 'debrief-check-heading' },
    h('h3', { id: 'debrief-check-heading' }, t.selfCheck.debriefHeading),
    ...(check.after === null
      ? [
          h('p', {}, t.selfCheck.offerAfter),
          h('button', { type: 'button', class: 'primary', 'data-action': 'self-check', onclick: o.onAnswer }, t.selfCheck.answerAgain),
        ]
      : [selfCheckComparison(t, o.lang, check), check.later === null ? reminderBlock(t, o.onReminder) : null]),
  );
}

/** A check on its own screen (from "Your runs", or after the look back a week later). */
export function selfCheckScreen(o: {
  t: Dict;
  lang: Lang;
  check: SelfCheck;
  onReminder: () => void;
  onBack: () => void;
  backLabel: string;
}): HTMLElement {
  const { t, check } = o;
  return h(
    'section',
    { class: 'screen self-check-side', 'aria-labelledby': 'self-check-side-heading' },
    h('h2', { id: 'self-check-side-heading' }, t.selfCheck.sideBySide),
    selfCheckComparison(t, o.lang, check),
    check.later === null ? reminderBlock(t, o.onReminder) : null,
    h('div', { class: 'actions' }, h('button', { type: 'button', 'data-action': 'back', onclick: o.onBack }, o.backLabel)),
  );
}

/** The kept checks, for "Your runs". */
export function selfCheckList(o: {
  t: Dict;
  checks: readonly SelfCheck[];
  formatDate: (time: number) => string;
  onOpen: (check: SelfCheck) => void;
}): HTMLElement | null {
  const { t } = o;
  if (o.checks.length === 0) return null;
  return h(
    'section',
    { class: 'library-group self-check-list', 'aria-labelledby': 'self-check-list-heading' },
    h('h3', { id: 'self-check-list-heading' }, t.selfCheck.listHeading),
    h(
      'ul',
      { class: 'library-runs', role: 'list' },
      ...o.checks.map((check) =>
        h(
          'li',
          { class: 'library-check', 'data-check': check.startedAt },
          h('p', { class: 'run-head' }, h('strong', {}, o.formatDate(check.startedAt)), ` · ${check.lang.toUpperCase()}`),
          h(
            'p',
            { class: 'hint' },
            t.selfCheck.listItem(
              answeredMoments(check)
                .map((m) => t.selfCheck.moments[m])
                .join(', '),
            ),
          ),
          h('button', { type: 'button', 'data-action': 'open-check', onclick: () => o.onOpen(check) }, t.selfCheck.seeSideBySide),
        ),
      ),
    ),
  );
}
