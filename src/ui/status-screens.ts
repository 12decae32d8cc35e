// The small screens between others: a story loading, a story that would not load (with
// a retry), and a saved run whose story has changed since (start again or read it).
import type { ScenarioEntry } from '../core/catalog.ts';
import { h } from './dom.ts';
import type { Dict } from './i18n/index.ts';

export function loadingView(t: Dict, entry: ScenarioEntry): HTMLElement {
  return h('section', { class: 'screen loading', 'aria-busy': 'true' }, h('h2', {}, entry.meta.title), h('p', {}, t.play.loading));
}

export function loadErrorView(o: { t: Dict; entry: ScenarioEntry; onRetry: () => void; onMenu: () => void }): HTMLElement {
  return h(
    'section',
    { class: 'screen error-screen' },
    h('h2', {}, o.entry.meta.title),
    h('p', { role: 'alert' }, o.t.errors.load),
    h('button', { type: 'button', class: 'primary', onclick: o.onRetry }, o.t.errors.retry),
    h('button', { type: 'button', onclick: o.onMenu }, o.t.debrief.menu),
  );
}

export interface StoryChangedOptions {
  t: Dict;
  entry: ScenarioEntry;
  onRestart: () => void;
  onViewOld: () => void;
  onMenu: () => void;
}

export function storyChangedView(o: StoryChangedOptions): HTMLElement {
  const { t, entry } = o;
  return h(
    'section',
    { class: 'screen story-changed', 'aria-labelledby': 'changed-heading' },
    h('h2', { id: 'changed-heading' }, entry.meta.title),
    h('p', { role: 'alert' }, t.runs.storyChanged(entry.meta.title)),
    h(
      'div',
      { class: 'actions' },
      h('button', { type: 'button', class: 'primary', 'data-action': 'restart', onclick: o.onRestart }, t.runs.restart),
      h('button', { type: 'button', 'data-action': 'view-old', onclick: o.onViewOld }, t.runs.viewOld),
      h('button', { type: 'button', onclick: o.onMenu }, t.debrief.menu),
    ),
  );
}
