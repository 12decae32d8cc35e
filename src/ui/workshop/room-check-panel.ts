// The room's self-check on screen: the facilitator's panel (ask the phones at the start or
// the end, put the spread or, with hands only, the statements on the big screen, download
// the counts) and the projector's section; the state is src/workshop/room-check-state.ts.
// Counts only; a moment of fewer than five phones says why it is hidden instead.
import type { Lang } from '../../core/run-record.ts';
import { LEVELS, SELF_CHECK_ITEMS, type SelfCheckItem } from '../../core/self-check-items.ts';
import { SELF_CHECK_TEXTS } from '../../core/self-check-texts.ts';
import type { RoomCheckScreen } from '../../workshop/audience-state.ts';
import type { FacilitatorRelay } from '../../workshop/relay-client.ts';
import { ROOM_MOMENTS, type RoomMoment } from '../../workshop/room-check.ts';
import type { RoomCheckMode, RoomCheckState } from '../../workshop/room-check-state.ts';
import { h } from '../dom.ts';
import type { WorkshopDict } from './i18n-en.ts';
import { downloadText } from './report-parts.ts';

/** The facilitator's panel: ask the phones, put the spread or the statements on the big screen, download the counts. */
export function roomCheckPanel(o: {
  t: WorkshopDict;
  state: RoomCheckState;
  relay: FacilitatorRelay | null;
  hands: boolean;
  /** The moments that may be asked here (before the story begins, only the start). */
  moments: readonly RoomMoment[];
}): HTMLElement {
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
    ? o.moments.map((moment) =>
        state.asking === moment
          ? button(r.close(r.moments[moment]), 'close', () => state.close(relay))
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

/**
 * The big screen's section: a table, a row per statement and a column per point of the
 * scale, each cell the count at the start and at the end ("1 → 4"), so that all of it reads
 * from the back of the room on one screen; a moment below five phones says why it is hidden.
 */
export function roomCheckSection(t: WorkshopDict, lang: Lang, view: RoomCheckScreen & { mode: 'statements' | 'spread' }): HTMLElement {
  const r = t.roomCheck;
  const texts = SELF_CHECK_TEXTS[lang];
  const asked = ROOM_MOMENTS.filter((m) => view.moments[m] !== null);
  const shown = asked.filter((m) => view.moments[m]?.shown);
  // A hidden moment says why once, above the statements.
  const hidden = asked.flatMap((m) => {
    const spread = view.moments[m];
    return spread && !spread.shown
      ? [h('p', { class: 'ws-big', 'data-hidden-why': m }, `${r.moments[m]}. ${r.hidden(spread.respondents)}`)]
      : [];
  });
  const heading = h('h2', {}, r.heading);
  if (view.mode === 'statements')
    return h(
      'section',
      { class: 'ws-audience-check', 'data-audience-check': 'statements' },
      heading,
      h('p', { class: 'ws-big' }, r.discuss),
      h(
        'ol',
        { class: 'ws-check-items' },
        ...SELF_CHECK_ITEMS.map((item) => h('li', { 'data-item': item, class: 'ws-big' }, texts.statements[item])),
      ),
    );
  const count = (item: SelfCheckItem, i: number) =>
    shown.flatMap((m, n) => {
      const spread = view.moments[m];
      const value = spread?.shown ? (spread.counts.items[item][i] ?? 0) : 0;
      return [
        n > 0 ? h('span', { class: 'ws-check-arrow', 'aria-hidden': 'true' }, ' → ') : null,
        h('span', { class: 'visually-hidden' }, `${r.moments[m]}: `),
        h('span', { class: 'ws-check-count', 'data-moment': m, 'data-count': value }, String(value)),
        n < shown.length - 1 ? h('span', { class: 'visually-hidden' }, ', ') : null,
      ];
    });
  const table = h(
    'table',
    { class: 'ws-check-table' },
    h('caption', { class: 'ws-check-legend' }, shown.map((m) => r.moments[m]).join(' → ')),
    h('thead', {}, h('tr', {}, h('td', {}), ...LEVELS.map((level) => h('th', { scope: 'col' }, texts.levels[level])))),
    h(
      'tbody',
      {},
      ...SELF_CHECK_ITEMS.map((item) =>
        h(
          'tr',
          { 'data-item': item },
          h('th', { scope: 'row', class: 'ws-check-statement' }, texts.statements[item]),
          ...LEVELS.map((level, i) => h('td', { 'data-level': level }, ...count(item, i))),
        ),
      ),
    ),
  );
  return h(
    'section',
    { class: 'ws-audience-check', 'data-audience-check': 'spread' },
    heading,
    ...hidden,
    shown.length > 0 ? table : null,
    roomCheckAsking(t, view),
  );
}
