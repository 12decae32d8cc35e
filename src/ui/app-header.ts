// The header over every screen of the game: name, tagline, "Your runs", help, settings
// and the language switch. It also keeps the page's language, title and skip link in step.
import type { Lang } from '../core/run-record.ts';
import { h } from './dom.ts';
import type { Dict } from './i18n/index.ts';
import { languageSwitch } from './menu-view.ts';

export interface HeaderOptions {
  t: Dict;
  lang: Lang;
  onLibrary: () => void;
  onHelp: () => void;
  onSettings: () => void;
  onLang: (lang: Lang) => void;
}

export function renderHeader(root: HTMLElement, header: HTMLElement, o: HeaderOptions): void {
  const { t } = o;
  document.documentElement.lang = o.lang;
  document.title = `${t.appName}: ${t.tagline}`;
  const skip = root.querySelector('.skip-link');
  if (skip) skip.textContent = t.skipToContent;
  header.replaceChildren(
    h('div', { class: 'brand' }, h('h1', {}, t.appName), h('p', { class: 'tagline' }, t.tagline)),
    h(
      'nav',
      { class: 'header-actions', 'aria-label': t.appName },
      h('button', { type: 'button', 'data-action': 'library', onclick: o.onLibrary }, t.library.openLibrary),
      h('button', { type: 'button', 'data-action': 'help', onclick: o.onHelp }, t.play.help),
      h('button', { type: 'button', 'data-action': 'settings', onclick: o.onSettings }, t.settings.open),
      languageSwitch(o.t, o.lang, o.onLang),
    ),
  );
}
