// Pause (with a one-minute grounding exercise) and help, as native modal dialogs:
// focus stays inside, Escape closes, and focus returns where it was.
import type { Lang } from '../core/run-record.ts';
import { h } from './dom.ts';
import type { Dict } from './i18n/index.ts';

type Country = keyof Dict['help']['lines'];
const COUNTRIES: Country[] = ['nl', 'be', 'uk', 'us', 'other'];

export function openDialog(content: (close: () => void) => Node[], label: string, className: string): HTMLDialogElement {
  const previous = document.activeElement instanceof HTMLElement ? document.activeElement : null;
  const dialog = h('dialog', { class: `dialog ${className}`, 'aria-labelledby': `${className}-heading` });
  const close = () => dialog.close();
  dialog.append(...content(close));
  dialog.addEventListener('close', () => {
    // The close event arrives a task after the dialog shut, and the browser has usually put
    // focus back already; by then the player may have moved on, so only fill a gap.
    const lost = !document.activeElement || document.activeElement === document.body || dialog.contains(document.activeElement);
    dialog.remove();
    if (lost && previous?.isConnected) previous.focus();
  });
  document.body.append(dialog);
  dialog.showModal();
  dialog.setAttribute('aria-label', label);
  return dialog;
}

export function isDialogOpen(): boolean {
  return document.querySelector('dialog[open]') !== null;
}

export function openPause(t: Dict, onQuit: () => void): HTMLDialogElement {
  return openDialog(
    (close) => {
      let index = 0;
      const pacer = stillPacer(t);
      const step = h('p', { class: 'grounding-step', 'aria-live': 'polite' }, t.pause.steps[0] ?? '');
      const next = h('button', { type: 'button', 'data-action': 'next-step' }, t.pause.next);
      next.addEventListener('click', () => {
        index = (index + 1) % t.pause.steps.length;
        step.textContent = t.pause.steps[index] ?? '';
      });
      return [
        h('h2', { id: 'pause-heading' }, t.pause.heading),
        h('p', {}, t.pause.intro),
        h('div', { class: 'breath', 'aria-hidden': 'true' }, h('div', { class: 'breath-circle' }), pacer),
        h('p', { class: 'hint breathe-moving' }, t.pause.breathe),
        h('p', { class: 'hint breathe-still' }, t.reading.breatheCount),
        step,
        h(
          'div',
          { class: 'actions' },
          next,
          h('button', { type: 'button', class: 'primary', 'data-action': 'resume', autofocus: true, onclick: close }, t.pause.resume),
          h(
            'button',
            {
              type: 'button',
              'data-action': 'quit',
              onclick: () => {
                close();
                onQuit();
              },
            },
            t.pause.quit,
          ),
        ),
      ];
    },
    t.pause.heading,
    'pause',
  );
}

/**
 * Without motion the circle stands still, so a count paces the breath instead: in for four,
 * out for six, a number a second. It ticks only while the pause is open (never per frame),
 * and only when motion is off; the count is decorative (the steps say the same in words).
 */
function stillPacer(t: Dict): HTMLElement {
  const count = h('p', { class: 'breath-count' });
  const phases = [
    ...[1, 2, 3, 4].map((n) => `${t.reading.breatheIn} · ${n}`),
    ...[1, 2, 3, 4, 5, 6].map((n) => `${t.reading.breatheOut} · ${n}`),
  ];
  let tick = 0;
  const show = () => {
    count.textContent = phases[tick % phases.length] ?? '';
    tick++;
  };
  show();
  if (document.documentElement.dataset.motion !== 'reduce') return count;
  const timer = setInterval(() => {
    if (!count.isConnected) clearInterval(timer);
    else show();
  }, 1000);
  return count;
}

export function defaultCountry(lang: Lang, languages: readonly string[]): Country {
  for (const tag of languages) {
    const region = tag.split('-')[1]?.toLowerCase();
    if (region === 'be') return 'be';
    if (region === 'nl') return 'nl';
    if (region === 'gb') return 'uk';
    if (region === 'us') return 'us';
  }
  return lang === 'nl' ? 'nl' : 'uk';
}

/** A help line split around its phone number (the first run of digits), with the number to dial. */
export function splitNumber(line: string): { before: string; number: string; dial: string; after: string } | null {
  const match = /\d[\d -]*\d/.exec(line);
  if (!match) return null;
  const number = match[0];
  return {
    before: line.slice(0, match.index),
    number,
    dial: `tel:${number.replace(/\D/g, '')}`,
    after: line.slice(match.index + number.length),
  };
}

/** A help line with its number as a link that dials it (on a phone) or offers to. */
function withCallLink(line: string): (string | HTMLElement)[] {
  const parts = splitNumber(line);
  return parts ? [parts.before, h('a', { href: parts.dial }, parts.number), parts.after] : [line];
}

export function openHelp(t: Dict, country: Country): HTMLDialogElement {
  return openDialog(
    (close) => {
      const list = h('ul', { class: 'help-lines' });
      const show = (c: Country) => list.replaceChildren(...t.help.lines[c].map((line) => h('li', {}, ...withCallLink(line))));
      const select = h('select', { id: 'help-country' });
      for (const c of COUNTRIES) select.append(h('option', { value: c, selected: c === country }, t.help.countries[c]));
      select.addEventListener('change', () => show(select.value as Country));
      show(country);
      return [
        h('h2', { id: 'help-heading' }, t.help.heading),
        h('p', {}, t.help.intro),
        h('h3', {}, t.reading.supportHeading),
        h('p', { class: 'support-note' }, t.reading.support),
        h('h3', {}, t.reading.abuseLinesHeading),
        h('p', { class: 'abuse-note' }, t.help.abuse),
        h('label', { for: 'help-country' }, t.help.country),
        select,
        list,
        h('div', { class: 'actions' }, h('button', { type: 'button', class: 'primary', autofocus: true, onclick: close }, t.help.close)),
      ];
    },
    t.help.heading,
    'help',
  );
}
