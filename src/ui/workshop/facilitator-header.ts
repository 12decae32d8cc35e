// The facilitator's top bar: the room's state on the relay, and the controls that are
// always there (projector window, pause, help, guide, end).
import { h } from '../dom.ts';
import type { Dict } from '../i18n/index.ts';
import type { WorkshopDict } from './i18n-en.ts';

export interface HeaderOptions {
  t: WorkshopDict;
  game: Dict;
  relay: { status: 'connecting' | 'open' | 'lost' | 'ended'; participants: number; code: string | null } | null;
  running: boolean;
  /** With phones: whether the projector shows how to join, and the switch. */
  lobby: { shown: boolean; toggle(): void } | null;
  /** The page of a long scene the projector shows. */
  page: { number: number; count: number } | null;
  openAudience(): void;
  pause(): void;
  help(): void;
  guide(): void;
  end(): void;
}

export function facilitatorHeader(o: HeaderOptions): HTMLElement[] {
  const { t, relay } = o;
  const status = relay
    ? relay.status === 'open'
      ? `${t.relay.room} ${relay.code ?? ''} · ${t.relay.open(relay.participants)}`
      : relay.status === 'ended'
        ? t.relay.ended
        : relay.status === 'lost'
          ? t.relay.lost
          : t.relay.connecting
    : null;
  const button = (action: string, label: string, onclick: () => void) =>
    h('button', { type: 'button', 'data-action': action, onclick }, label);
  return [
    h('div', { class: 'brand' }, h('h1', {}, `${o.game.appName} · ${t.title}`)),
    h(
      'nav',
      { class: 'header-actions', 'aria-label': t.title },
      status ? h('p', { class: 'ws-relay-status', 'data-relay-status': relay?.status ?? '', role: 'status' }, status) : null,
      o.page
        ? h(
            'p',
            { class: 'ws-relay-status', 'data-projector-page': `${o.page.number}/${o.page.count}` },
            t.rooms.page(o.page.number, o.page.count),
          )
        : null,
      button('open-audience', t.controls.openAudience, o.openAudience),
      o.lobby
        ? h(
            'button',
            { type: 'button', 'data-action': 'lobby', 'aria-pressed': String(o.lobby.shown), onclick: o.lobby.toggle },
            o.lobby.shown ? t.rooms.hideLobby : t.rooms.showLobby,
          )
        : null,
      button('pause', t.controls.pause, o.pause),
      button('help', o.game.play.help, o.help),
      button('guide', t.controls.guide, o.guide),
      o.running ? button('end-workshop', t.controls.endWorkshop, o.end) : null,
    ),
  ];
}
