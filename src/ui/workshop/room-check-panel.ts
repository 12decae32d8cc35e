// The room's self-check on screen: the facilitator's panel (ask the phones at the start or
// the end, put the spread or, with hands only, the statements on the big screen, download
// the counts) and the projector's section; the state is src/workshop/room-check-state.ts.
// Counts only; a moment of fewer than five phones says why it is hidden instead.
import type { Lang } from '../../core/run-record.ts';
import { LEVELS, SELF_CHECK_ITEMS, SELF_CHECK_TEXTS } from '../../core/self-check-items.ts';
import type { RoomCheckScreen } from '../../workshop/audience-state.ts';
import type { FacilitatorRelay } from '../../workshop/relay-client.ts';
import { ROOM_MOMENTS } from '../../workshop/room-check.ts';
import type { RoomCheckMode, RoomCheckState } from '../../workshop/room-check-state.ts';
import { h } from '../dom.ts';
import type { WorkshopDict } from './i18n-en.ts';
import { downloadText } from './report-parts.ts';

/** The facilitator's panel: ask the phones, put the spread or the statements on the big screen, download the counts. */
export function roomCheckPanel(o: { t: WorkshopDict; state: RoomCheckState; relay: FacilitatorRelay | null; hands: boolean }): HTMLElement {
  const { state, relay } = o;
  state.listen(relay);
  const r = o.t.roomCheck;
  const button = (label: string, action: string, run: () => void, pressed?: boolean) =>
    h(
      'button',
      { type: 'button', 'data-room-check': action, 'aria-pressed': pressed === undefined ? null : String(pressed), onclick: run },
      label,
    );
  const ask = relay
    ? ROOM_MOMENTS.map((moment) =>
        state.asking === moment
          ? button(r.close, 'close', () => state.close(relay))
          : button(r.open(r.moments[moment]), `open-${moment}`, () => state.open(relay, moment)),
      )
    : [];
  const counts = state.counts();
  const status = ROOM_MOMENTS.filter((m) => counts[m]).map((m) =>
    h('p', { 'data-room-check-count': m }, r.asking(r.moments[m], counts[m]?.respondents ?? 0)),
  );
  const show = (mode: RoomCheckMode, label: string) => button(label, `show-${mode}`, () => state.toggle(mode), state.onScreen === mode);
  return h(
    'section',
    { class: 'ws-room-check', 'aria-labelledby': 'room-check-heading' },
    h('h3', { id: 'room-check-heading' }, r.heading),
    h('p', { class: 'hint' }, r.intro),
    ...status,
    h(
      'div',
      { class: 'actions' },
      ...ask,
      relay ? show('spread', r.showSpread) : null,
      o.hands || !relay ? show('statements', r.showStatements) : null,
      relay ? button(r.csv, 'csv', () => downloadText('dichtbij-room-self-check.csv', state.csv(Date.now()), 'text/csv')) : null,
    ),
  );
}

/** On the lobby and beside the story while the phones are asked: what to do, and how many have. */
export function roomCheckAsking(t: WorkshopDict, view: RoomCheckScreen | null): HTMLElement | null {
  const asking = view?.asking;
  if (!asking) return null;
  const r = t.roomCheck;
  return h('p', { class: 'ws-check-asking', 'data-check-asking': asking.moment }, r.onPhones(asking.respondents));
}

/** The big screen's section: per statement, each moment's spread, or why it is hidden. */
export function roomCheckSection(t: WorkshopDict, lang: Lang, view: RoomCheckScreen & { mode: 'statements' | 'spread' }): HTMLElement {
  const r = t.roomCheck;
  const texts = SELF_CHECK_TEXTS[lang];
  const asked = ROOM_MOMENTS.filter((m) => view.moments[m] !== null);
  const shownMoments = asked.filter((m) => view.moments[m]?.shown);
  // A hidden moment says why once, above the statements.
  const hidden = asked.flatMap((m) => {
    const shown = view.moments[m];
    return shown && !shown.shown
      ? [h('p', { class: 'ws-big', 'data-hidden-why': m }, `${r.moments[m]}. ${r.hidden(shown.respondents)}`)]
      : [];
  });
  const items = SELF_CHECK_ITEMS.map((item) => {
    if (view.mode === 'statements') return h('li', { 'data-item': item }, h('p', { class: 'ws-big' }, texts.statements[item]));
    const moments = shownMoments.map((m) => {
      const shown = view.moments[m];
      const row = shown?.shown ? shown.counts.items[item] : [];
      return h(
        'div',
        { class: 'ws-check-moment', 'data-moment': m },
        h('h4', {}, r.moments[m]),
        h(
          'ul',
          { class: 'ws-check-levels' },
          ...LEVELS.map((level, i) =>
            h(
              'li',
              { 'data-level': level, 'data-count': row[i] ?? 0 },
              h('span', { class: 'ws-check-level' }, texts.levels[level], h('span', { class: 'visually-hidden' }, ': ')),
              h('span', { class: 'ws-check-count' }, String(row[i] ?? 0)),
            ),
          ),
        ),
      );
    });
    return h(
      'li',
      { 'data-item': item },
      h('p', { class: 'ws-check-statement' }, texts.statements[item]),
      h('div', { class: 'ws-check-moments' }, ...moments),
    );
  });
  return h(
    'section',
    { class: 'ws-audience-check', 'data-audience-check': view.mode },
    h('h2', {}, r.heading),
    view.mode === 'statements' ? h('p', { class: 'ws-big' }, r.discuss) : null,
    ...(view.mode === 'spread' ? hidden : []),
    h('ol', { class: 'ws-check-items' }, ...items),
  );
}
