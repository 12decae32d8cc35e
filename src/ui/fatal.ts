// Last line of defence: an unexpected error shows a message and a way back, never a
// blank page.
import type { Lang } from '../core/run-record.ts';
import { h } from './dom.ts';
import { loadedDictionary } from './i18n/load.ts';

/** When even the interface text could not be fetched (a broken connection at the start): said in both languages. */
const BEFORE_TEXT = {
  unexpected: 'Er ging onverwacht iets mis. / Something unexpected went wrong.',
  again: 'Opnieuw laden / Reload',
};

export function showFatal(root: HTMLElement, lang: Lang, error: unknown): void {
  console.error(error);
  if (root.querySelector('.fatal')) return;
  const t = loadedDictionary(lang);
  const banner = h(
    'div',
    { class: 'fatal', role: 'alert' },
    h('p', {}, t?.errors.unexpected ?? BEFORE_TEXT.unexpected),
    h('button', { type: 'button', class: 'primary', onclick: () => window.location.reload() }, t?.debrief.menu ?? BEFORE_TEXT.again),
  );
  root.prepend(banner);
}
