// The facilitator guide, in the game (docs/facilitator-guide.md has the same text).
import { h } from '../dom.ts';
import type { WorkshopDict } from './i18n-en.ts';

export function guideView(t: WorkshopDict, onBack: () => void): HTMLElement {
  return h(
    'section',
    { class: 'screen ws-guide', 'aria-labelledby': 'ws-guide-heading' },
    h('h2', { id: 'ws-guide-heading' }, t.guide.heading),
    ...t.guide.sections.flatMap((section) => [h('h3', {}, section.title), ...section.paragraphs.map((p) => h('p', {}, p))]),
    h('div', { class: 'actions' }, h('button', { type: 'button', class: 'primary', 'data-action': 'back', onclick: onBack }, t.guide.back)),
  );
}
