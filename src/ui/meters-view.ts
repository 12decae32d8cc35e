// Meters in words and numbers, and the words for what a choice moved.

import { isStepOut } from '../core/circle.ts';
import type { Meters } from '../core/meters.ts';
import type { ChoiceKind } from '../core/protocol.ts';
import type { MeterChange } from '../core/story-session.ts';
import { h } from './dom.ts';
import type { Dict } from './i18n/index.ts';

const SHOWN = ['alarm', 'trust', 'reserve'] as const;
type Shown = (typeof SHOWN)[number];

export function levelWord(t: Dict, meter: Shown, value: number): string {
  const words = t.meters.levels[meter];
  // 0-2, 3-4, 5-6, 7-8, 9-10
  return words[Math.max(0, Math.min(words.length - 1, Math.floor((value - 1) / 2)))] ?? '';
}

export interface MetersPanel {
  element: HTMLElement;
  update(meters: Meters): void;
}

export function metersPanel(t: Dict, lovedName: string, meters: Meters): MetersPanel {
  const rows = new Map<Shown, { root: HTMLElement; value: HTMLElement; bar: HTMLElement }>();
  const list = h('dl', { class: 'meters' });
  const about: Record<Shown, string> = {
    alarm: t.meters.alarmAbout(lovedName),
    trust: t.meters.trustAbout,
    reserve: t.meters.reserveAbout,
  };
  for (const name of SHOWN) {
    const value = h('span', { class: 'meter-value' });
    const bar = h('span', { class: 'meter-fill' });
    const root = h(
      'div',
      { class: `meter meter-${name}`, 'data-meter': name, 'data-value': 0 },
      h('dt', {}, t.meters[name], h('span', { class: 'meter-about' }, ` (${about[name]})`)),
      h('dd', {}, value, h('span', { class: 'meter-bar', 'aria-hidden': 'true' }, bar)),
    );
    rows.set(name, { root, value, bar });
    list.append(root);
  }
  const cycle = h('p', { class: 'meter-cycle', 'data-meter': 'cycle', 'data-value': 0 });
  const element = h('section', { class: 'meters-panel', 'aria-label': t.play.metersLabel }, list, cycle);
  const update = (m: Meters) => {
    for (const name of SHOWN) {
      const row = rows.get(name);
      if (!row) continue;
      row.root.dataset.value = String(m[name]);
      row.value.textContent = `${m[name]}/10 · ${levelWord(t, name, m[name])}`;
      // Scaled, not sized: a width transition lays the page out again on every frame of it.
      row.bar.style.transform = `scaleX(${m[name] / 10})`;
    }
    cycle.dataset.value = String(m.cycle);
    cycle.textContent = `${t.meters.cycle}: ${t.meters.cycleCount(m.cycle)}`;
  };
  update(meters);
  return { element, update };
}

/** "Alarm rose by 2: pulling back sounded like leaving", one line per meter that moved. */
export function describeChange(t: Dict, change: MeterChange): string[] {
  const lines: string[] = [];
  const why = (table: Partial<Record<ChoiceKind, string>>) => table[change.kind] ?? table.neutral ?? '';
  const say = (meter: Shown, up: Partial<Record<ChoiceKind, string>>, down: Partial<Record<ChoiceKind, string>>) => {
    const d = change.delta[meter];
    if (d === 0) return;
    const name = t.meters[meter];
    const head = d > 0 ? t.meters.rose(name, d) : t.meters.fell(name, -d);
    const reason = why(d > 0 ? up : down);
    lines.push(reason ? `${head}: ${reason}.` : `${head}.`);
  };
  say('alarm', t.why.alarmUp, t.why.alarmDown);
  say('trust', t.why.trustUp, t.why.trustDown);
  say('reserve', t.why.reserveUp, t.why.reserveDown);
  if (change.delta.cycle > 0) lines.push(`${t.meters.cycleUp}.`);
  if (isStepOut(change.kind)) lines.push(`${t.meters.stepOut}.`);
  return lines;
}
