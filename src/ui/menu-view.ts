// The menu: scenarios with title, form, length and content note; the language switch.
import type { ScenarioEntry } from '../core/catalog.ts';
import type { Lang } from '../core/run-record.ts';
import { h } from './dom.ts';
import type { Dict } from './i18n/index.ts';
import { LANGUAGE_NAMES } from './i18n/load.ts';

export interface MenuOptions {
  t: Dict;
  lang: Lang;
  scenarios: readonly ScenarioEntry[];
  resumable: { title: string; onResume: () => void } | null;
  onLang: (lang: Lang) => void;
  onPick: (entry: ScenarioEntry) => void;
  onHelp: () => void;
}

export function menuView(o: MenuOptions): HTMLElement {
  const { t } = o;
  const list = h('ul', { class: 'scenario-list', role: 'list' });
  for (const entry of o.scenarios) {
    const { meta } = entry;
    const titleId = `scenario-${entry.id}`;
    list.append(
      h(
        'li',
        { class: 'scenario-card' },
        h('h3', { id: titleId }, meta.title),
        h('p', { class: 'scenario-form' }, `${t.menu.forms[meta.form]} · ${t.menu.minutes(meta.minutes)}`),
        meta.blurb ? h('p', { class: 'scenario-blurb' }, meta.blurb) : null,
        h('p', { class: 'scenario-note' }, h('strong', {}, `${t.menu.contentNote}: `), meta.note),
        meta.details ? h('details', {}, h('summary', {}, t.menu.details), h('p', {}, meta.details)) : null,
        h(
          'button',
          { class: 'primary', type: 'button', 'aria-describedby': titleId, 'data-scenario': entry.id, onclick: () => o.onPick(entry) },
          t.menu.play,
        ),
      ),
    );
  }
  return h(
    'section',
    { class: 'screen menu', 'aria-labelledby': 'menu-heading' },
    h('h2', { id: 'menu-heading' }, t.menu.heading),
    h('p', { class: 'intro' }, t.menu.intro),
    o.resumable
      ? h(
          'p',
          { class: 'resume' },
          h('button', { type: 'button', class: 'primary', 'data-resume': true, onclick: o.resumable.onResume }, `▶ ${o.resumable.title}`),
        )
      : null,
    o.scenarios.length > 0 ? list : h('p', {}, t.menu.noScenarios),
    // Group play opens the facilitator's window (its own lazy chunk).
    h('p', { class: 'workshop-link' }, h('a', { href: '?view=facilitator', 'data-action': 'workshop' }, t.workshop.menuLink)),
  );
}

/** The NL/EN switch, shown in the header on every screen. */
export function languageSwitch(t: Dict, current: Lang, onLang: (lang: Lang) => void): HTMLElement {
  const group = h('div', { class: 'lang-switch', role: 'group', 'aria-label': t.language });
  for (const lang of ['nl', 'en'] as const) {
    group.append(
      h(
        'button',
        {
          type: 'button',
          lang,
          'aria-pressed': String(lang === current),
          'data-lang': lang,
          onclick: () => onLang(lang),
        },
        // The visible code stays in the name (WCAG 2.5.3), the language's name completes it.
        lang.toUpperCase(),
        h('span', { class: 'visually-hidden' }, ` ${LANGUAGE_NAMES[lang]}`),
      ),
    );
  }
  return group;
}
