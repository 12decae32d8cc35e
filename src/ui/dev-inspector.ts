// The story inspector, for story authors in the dev server only (main.ts imports it
// behind import.meta.env.DEV, so production builds leave it out): jump to any knot, set
// the meters, and see the tags and variables of the current line.
import type { Subscription } from '../core/events.ts';
import { METER_NAMES } from '../core/meters.ts';
import type { StorySession } from '../core/story-session.ts';
import type { Beat } from '../core/tags.ts';
import { h } from './dom.ts';
import './dev-inspector.css';

export function inspectStory(session: StorySession): Subscription {
  const lineText = h('p', { class: 'inspector-line' });
  const lineTags = h('p', { class: 'inspector-tags' });
  const variables = h('dl', { class: 'inspector-vars' });
  const meters = h('div', { class: 'inspector-meters' });
  const inputs = new Map<string, HTMLInputElement>();
  for (const name of METER_NAMES) {
    const input = h('input', {
      type: 'number',
      min: 0,
      max: name === 'cycle' ? 99 : 10,
      id: `inspect-${name}`,
      'data-inspect-meter': name,
    });
    input.addEventListener('change', () => session.setVariable(name, Number(input.value)));
    inputs.set(name, input);
    meters.append(h('label', { for: `inspect-${name}` }, name, input));
  }
  const knots = h('select', { id: 'inspect-knot', 'aria-label': 'Knot or stitch' });
  for (const path of session.knots()) knots.append(h('option', { value: path }, path));
  const jump = h('button', { type: 'button', 'data-inspect-jump': true, onclick: () => session.jumpTo(knots.value) }, 'Jump');
  const body = h(
    'div',
    { class: 'inspector-body' },
    h('h3', {}, 'Current line'),
    lineText,
    lineTags,
    h('h3', {}, 'Meters'),
    meters,
    h('h3', {}, 'Jump to'),
    h('div', { class: 'inspector-jump' }, knots, jump),
    h('h3', {}, 'Variables'),
    variables,
  );
  const toggle = h('button', { type: 'button', 'aria-expanded': 'true' }, 'Story inspector (dev)');
  toggle.addEventListener('click', () => {
    body.hidden = !body.hidden;
    toggle.setAttribute('aria-expanded', String(!body.hidden));
  });
  const panel = h('aside', { class: 'dev-inspector', 'aria-label': 'Story inspector', 'data-inspector': true }, toggle, body);
  document.body.append(panel);

  const refresh = () => {
    const values = session.variables();
    variables.replaceChildren(...Object.entries(values).flatMap(([name, value]) => [h('dt', {}, name), h('dd', {}, String(value))]));
    for (const [name, input] of inputs) if (document.activeElement !== input) input.value = String(values[name] ?? '');
  };
  const showBeat = (beat: Beat) => {
    lineText.textContent = beat.text;
    lineTags.textContent = beat.tags.length > 0 ? beat.tags.map((t) => `#${t}`).join(' ') : '(no tags)';
  };
  const subs = [session.on('beat', showBeat), session.on('stage', refresh), session.on('choices', refresh), session.on('ended', refresh)];
  const last = [...session.log].reverse().find((e) => e.type === 'beat');
  if (last?.type === 'beat') showBeat(last.beat);
  refresh();
  return {
    close() {
      for (const sub of subs) sub.close();
      panel.remove();
    },
  };
}
