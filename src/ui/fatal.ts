// Last line of defence: an unexpected error shows a message and a way back, never a
// blank page.
import type { Lang } from '../core/run-record.ts';
import { h } from './dom.ts';
import { dictionaries } from './i18n/index.ts';

export function showFatal(root: HTMLElement, lang: Lang, error: unknown): void {
  console.error(error);
  if (root.querySelector('.fatal')) return;
  const t = dictionaries[lang];
  const banner = h(
    'div',
    { class: 'fatal', role: 'alert' },
    h('p', {}, t.errors.unexpected),
    h('button', { type: 'button', class: 'primary', onclick: () => window.location.reload() }, t.debrief.menu),
  );
  root.prepend(banner);
}
