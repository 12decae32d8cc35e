// The start screen: name the loved one (unisex suggestions) and pick pronouns.
import type { ScenarioEntry } from '../core/catalog.ts';
import { type LovedOne, PRONOUNS, type Pronoun } from '../core/run-record.ts';
import { h } from './dom.ts';
import type { Dict } from './i18n/index.ts';

export const NAME_SUGGESTIONS = ['Sam', 'Robin', 'Noa', 'Kim', 'Alex', 'Jip'];

export interface StartOptions {
  t: Dict;
  entry: ScenarioEntry;
  initial: LovedOne;
  /** A story variable carried over from an earlier run (the repair scenario's rupture). */
  carried: { variable: string; value: string; from: string } | null;
  onBegin: (lovedOne: LovedOne, variables: Record<string, string>) => void;
  onBack: () => void;
  /** The self-check's offer, before a visit's first scenario. */
  selfCheck?: HTMLElement | null;
}

export function startView(o: StartOptions): HTMLElement {
  const { t } = o;
  const input = h('input', {
    id: 'loved-name',
    name: 'loved-name',
    type: 'text',
    maxlength: 24,
    autocomplete: 'off',
    required: true,
    'aria-describedby': 'loved-name-hint',
    value: o.initial.name,
  });
  const error = h('p', { id: 'loved-name-error', class: 'error', role: 'alert', hidden: true });
  const suggestions = h('div', { class: 'chips', role: 'group', 'aria-label': t.start.suggestions });
  for (const name of NAME_SUGGESTIONS) {
    suggestions.append(
      h(
        'button',
        {
          type: 'button',
          class: 'chip',
          onclick: () => {
            input.value = name;
            input.focus();
          },
        },
        name,
      ),
    );
  }
  const pronouns = h('fieldset', { class: 'pronouns' }, h('legend', {}, t.start.pronounLabel));
  for (const p of PRONOUNS) {
    const id = `pronoun-${p}`;
    pronouns.append(
      h(
        'label',
        { for: id, class: 'radio' },
        h('input', { type: 'radio', id, name: 'pronoun', value: p, checked: p === o.initial.pronoun }),
        ` ${t.start.pronouns[p]}`,
      ),
    );
  }
  const chooseSelf = h('input', { type: 'checkbox', id: 'choose-self' });
  const rupture = o.carried ? t.start.ruptures[o.carried.value as keyof Dict['start']['ruptures']] : undefined;
  const carriedNote =
    o.carried && rupture
      ? h(
          'div',
          { class: 'carried', 'data-carried': o.carried.value },
          h('p', {}, `${t.start.carried(o.carried.from)} ${rupture}`),
          h('label', { for: 'choose-self', class: 'toggle' }, chooseSelf, ` ${t.start.chooseInstead}`),
        )
      : null;
  const form = h(
    'form',
    { class: 'start-form', novalidate: true },
    h('label', { for: 'loved-name' }, t.start.nameLabel),
    input,
    h('p', { id: 'loved-name-hint', class: 'hint' }, t.start.nameHint),
    error,
    suggestions,
    pronouns,
    carriedNote,
    h('p', { class: 'scenario-note' }, h('strong', {}, `${t.menu.contentNote}: `), o.entry.meta.note),
    h(
      'div',
      { class: 'actions' },
      h('button', { type: 'submit', class: 'primary', 'data-begin': true }, t.start.begin),
      h('button', { type: 'button', onclick: o.onBack }, t.start.back),
    ),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const name = input.value.trim().replace(/\s+/g, ' ');
    if (!name) {
      error.textContent = t.start.nameMissing;
      error.hidden = false;
      input.setAttribute('aria-invalid', 'true');
      input.focus();
      return;
    }
    const checked = form.querySelector<HTMLInputElement>('input[name="pronoun"]:checked');
    const pronoun = (PRONOUNS.find((p) => p === checked?.value) ?? 'they') as Pronoun;
    const variables: Record<string, string> = o.carried && !chooseSelf.checked ? { [o.carried.variable]: o.carried.value } : {};
    o.onBegin({ name, pronoun }, variables);
  });
  return h(
    'section',
    { class: 'screen start', 'aria-labelledby': 'start-heading' },
    h('h2', { id: 'start-heading' }, `${t.start.heading}: ${o.entry.meta.title}`),
    o.selfCheck ?? null,
    form,
  );
}
