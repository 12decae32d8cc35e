// The projector's window: it shows the audience view the facilitator sends, nothing more.
// It has no controls; after a reload it asks for the current view and catches up.

import type { ScenarioEntry } from '../../core/catalog.ts';
import type { Subscription } from '../../core/events.ts';
import type { AudienceView } from '../../workshop/audience-state.ts';
import type { SyncLink } from '../../workshop/screen-sync.ts';
import { watchFrom } from '../../workshop/screen-sync.ts';
import { CONTEXT_LINES } from '../../workshop/workshop-flow.ts';
import { h } from '../dom.ts';
import { dictionaries } from '../i18n/index.ts';
import { describeChange, metersPanel } from '../meters-view.ts';
import { audienceStage, type StagePresenter } from './audience-stage.ts';
import { workshopDictionaries } from './dictionaries.ts';
import { lineLabel } from './line-label.ts';
import { fitToScreen } from './projector-fit.ts';
import { qrCode } from './qr-code.ts';

// Sized through the CSS object model: the page's CSP forbids inline style attributes.
function barFill(percent: number): HTMLElement {
  const fill = h('span', { class: 'ws-bar-fill' });
  fill.style.width = `${Math.round(percent)}%`;
  return fill;
}

export interface AudienceStageOptions {
  scenarios: readonly ScenarioEntry[];
  present: StagePresenter;
  /** Whether the projector should play sound now (the facilitator's setting, and not paused). */
  sound?: (on: boolean) => void;
}

/** The join address with line breaks offered after its slashes and before its query, so a
 *  narrow column breaks it where a reader expects, not inside the port number. */
function joinAddress(url: string): (string | HTMLElement)[] {
  return url.split(/(?<=[^/]\/)(?!\/)|(?=\?)/).flatMap((part, i) => (i === 0 ? [part] : [h('wbr', {}), part]));
}

export function audienceScreen(root: HTMLElement, link: SyncLink, lang: 'nl' | 'en', stageOptions?: AudienceStageOptions): Subscription {
  // One slot for the stage for the whole visit: each repaint moves it, and the canvas with it.
  const stageSlot = h('div', { class: 'stage-slot ws-audience-stage', 'aria-hidden': 'true', hidden: true });
  const stage = stageOptions ? audienceStage(stageSlot, stageOptions.scenarios, stageOptions.present) : null;
  let latest: AudienceView | null = null;
  let tick: ReturnType<typeof setInterval> | undefined;
  const paint = (view: AudienceView | null) => {
    const l = view?.lang ?? lang;
    const t = workshopDictionaries[l];
    const game = dictionaries[l];
    document.documentElement.lang = l;
    document.title = `${game.appName}: ${t.title}`;
    root.replaceChildren(view ? audienceBody(view) : waiting(l));
    stage?.show(view?.stage ?? null);
    stageOptions?.sound?.(view?.sound === true && !view.paused);
    fitToScreen(t.rooms.earlierAnswers);
    clearInterval(tick);
    if (view?.timerEndsAt) {
      const timer = root.querySelector<HTMLElement>('[data-timer]');
      const update = () => {
        const left = Math.max(0, Math.ceil(((view.timerEndsAt ?? 0) - Date.now()) / 1000));
        if (timer)
          timer.textContent =
            left > 0 ? `${t.audience.timeLeft} ${Math.floor(left / 60)}:${String(left % 60).padStart(2, '0')}` : t.controls.timeUp;
      };
      update();
      tick = setInterval(update, 1000);
    }
    function waiting(lng: 'nl' | 'en') {
      const w = workshopDictionaries[lng];
      return h(
        'main',
        { class: 'ws-audience', 'data-audience': 'waiting' },
        h('h1', {}, dictionaries[lng].appName),
        h('p', { class: 'ws-big' }, w.audience.waiting),
        h('p', {}, w.audience.waitingHint),
      );
    }
    function lobby(v: AudienceView, room: { code: string; joinUrl: string }, joined: number) {
      return h(
        'main',
        { class: 'ws-audience ws-lobby', 'data-audience': 'lobby' },
        h('h1', { class: 'ws-lobby-heading' }, t.rooms.lobbyHeading),
        h(
          'div',
          { class: 'ws-lobby-body' },
          qrCode(room.joinUrl, `${t.relay.join}: ${room.joinUrl}`),
          h(
            'div',
            { class: 'ws-lobby-text' },
            h('p', {}, t.rooms.lobbyStep1),
            h('p', { class: 'ws-join-url' }, ...joinAddress(room.joinUrl)),
            h('p', {}, t.rooms.lobbyStep2),
            h('p', { class: 'ws-room-code', 'data-room-code': room.code }, room.code),
            h('p', { class: 'ws-big', 'data-joined': joined }, t.rooms.joined(joined)),
          ),
        ),
        v.title ? h('p', { class: 'ws-audience-title' }, v.title) : null,
      );
    }
    function audienceBody(v: AudienceView) {
      if (v.lobby && v.room && !v.paused) return lobby(v, v.room, v.lobby.joined);
      const name = v.lovedName;
      const page = h('main', { class: 'ws-audience', 'data-audience': v.phase, 'aria-live': 'polite' });
      // What the room reads, with the stage and the way in for phones beside it.
      const read = h('div', { class: 'ws-audience-read' });
      const top = h(
        'header',
        { class: 'ws-audience-top' },
        h('h1', { class: 'ws-audience-title' }, v.whatIf ? `${v.title} · ${t.debrief.whatIfHeading}` : v.title),
      );
      if (v.timerEndsAt) top.append(h('p', { class: 'ws-audience-timer', 'data-timer': true }));
      if (v.page)
        top.append(
          h('p', { class: 'ws-page', 'data-page': `${v.page.number}/${v.page.count}` }, t.rooms.pageMark(v.page.number, v.page.count)),
        );
      const side = h('div', { class: 'ws-side' });
      page.append(top, h('div', { class: 'ws-audience-body' }, read, side));
      if (stage) side.append(stageSlot);
      if (v.room) {
        side.append(
          h(
            'aside',
            { class: 'ws-room' },
            qrCode(v.room.joinUrl, `${t.relay.join}: ${v.room.joinUrl}`),
            h(
              'div',
              { class: 'ws-room-text' },
              h('p', {}, t.relay.join),
              h('p', { class: 'ws-room-code', 'data-room-code': v.room.code }, v.room.code),
              h('p', { class: 'ws-join-url' }, ...joinAddress(v.room.joinUrl)),
            ),
          ),
        );
      }
      if (v.paused) {
        read.append(
          h(
            'section',
            { class: 'ws-audience-pause' },
            h('h2', {}, t.audience.paused),
            ...game.pause.steps.slice(0, 3).map((s) => h('p', { class: 'ws-big' }, s)),
            h('div', { class: 'breath', 'aria-hidden': 'true' }, h('div', { class: 'breath-circle' })),
          ),
        );
        if (side.childElementCount === 0) side.remove();
        return page;
      }
      if (v.phase === 'debrief') {
        read.append(
          h(
            'section',
            { class: 'ws-audience-debrief' },
            h('h2', {}, t.debrief.heading),
            v.debrief ? h('p', { class: 'hint' }, t.audience.question(v.debrief.number, v.debrief.total)) : null,
            v.debrief ? h('p', { class: 'ws-big ws-question', 'data-question-shown': true }, v.debrief.question) : null,
          ),
        );
      } else {
        const story = h('section', { class: 'ws-audience-story' });
        if (v.phase === 'scene' || v.phase === 'ended' || v.phase === 'discuss') {
          for (const line of v.phase === 'discuss' ? v.scene.slice(-CONTEXT_LINES) : v.scene) {
            const label = lineLabel(game, name, line);
            story.append(h('p', { class: `line ${line.role}` }, label ? h('span', { class: 'label' }, label) : null, line.text));
          }
        }
        if (v.chosen !== null) story.prepend(chosenNote(v, v.chosen));
        if (v.change) {
          const lines = describeChange(game, v.change);
          story.append(
            h(
              'div',
              { class: 'feedback' },
              h('p', { class: 'label' }, game.play.feedbackLabel),
              ...(lines.length ? lines : [game.play.noChange]).map((line) => h('p', {}, line)),
            ),
          );
        }
        if (v.ending)
          story.append(
            h(
              'div',
              { class: `ending ending-${v.ending}`, 'data-ending': v.ending },
              h('h2', {}, game.endings[v.ending].title),
              h('p', {}, game.endings[v.ending].text),
            ),
          );
        read.append(story);
        if (v.options.length > 0) read.append(optionsBlock(v));
      }
      // Across the foot of the screen, three side by side, so neither column loses height to them.
      if (v.meters && v.phase !== 'debrief') page.append(metersPanel(game, name, v.meters).element);
      if (v.question || v.answers.length > 0) {
        // The question once: not again when it is already the moment's prompt or the debrief's question.
        const repeated = v.question !== null && (v.question === v.debrief?.question || v.question === v.prompt);
        // Placed where most of them fit when the screen is fitted (fitToScreen).
        read.append(
          h(
            'section',
            { class: 'ws-audience-answers' },
            v.question && !repeated ? h('p', { class: 'ws-big' }, v.question) : null,
            v.answers.length ? h('h3', {}, t.audience.answers) : null,
            h('p', { class: 'hint', 'data-answers-hidden': 0, hidden: true }),
            h('ul', {}, ...v.answers.map((a) => h('li', { 'data-approved-answer': true }, a))),
          ),
        );
      }
      if (side.childElementCount === 0) side.remove();
      return page;
    }
    /** The choice, in words, with the counts it had: the room sees what it chose and how. */
    function chosenNote(v: AudienceView, chosen: number) {
      const note = h(
        'div',
        { class: 'ws-chosen-note', 'data-chosen': chosen },
        h('p', {}, v.overridden ? t.audience.overridden(chosen) : t.audience.chosen(chosen)),
      );
      if (v.choice) note.append(h('p', { class: 'ws-chosen-text', 'data-chosen-text': true }, v.choice.text));
      const counts = v.choice?.counts;
      if (counts)
        note.append(
          h(
            'p',
            { class: 'ws-chosen-counts', 'data-chosen-counts': counts.join(',') },
            `${t.rooms.choiceCounts} ${counts.map((c, i) => `${i + 1}: ${c}`).join(' · ')}`,
          ),
        );
      return note;
    }
    function optionsBlock(v: AudienceView) {
      const total = (v.counts ?? []).reduce((a, b) => a + b, 0);
      return h(
        'section',
        { class: 'ws-audience-choice' },
        v.prompt ? h('p', { class: 'discuss ws-big' }, v.prompt) : h('p', { class: 'ws-big' }, t.audience.lookUp),
        h(
          'ol',
          { class: 'ws-audience-options' },
          ...v.options.map((o, i) =>
            h(
              'li',
              { class: o.blocked ? 'crossed-out' : null, 'data-option': o.number },
              h('span', { class: 'choice-number', 'aria-hidden': 'true' }, String(o.number)),
              h('span', { class: 'choice-text' }, o.text),
              v.counts
                ? h(
                    'span',
                    { class: 'ws-bar', 'data-count': v.counts[i] ?? 0 },
                    barFill(total ? ((v.counts[i] ?? 0) / total) * 100 : 0),
                    h('strong', {}, String(v.counts[i] ?? 0)),
                  )
                : null,
            ),
          ),
        ),
        v.phase === 'voting'
          ? h(
              'p',
              { class: 'ws-big', 'data-voting': 'open' },
              v.voting === 'phones' ? t.rooms.votingPhones : v.voting === 'hands' ? t.rooms.votingHands : t.rooms.votingBoth,
              h('br', {}),
              h('span', { 'data-voters': v.voters ?? 0 }, t.controls.voters(v.voters ?? 0)),
            )
          : null,
        v.phase === 'closed' ? h('p', { class: 'ws-big', 'data-voting': 'closed' }, t.audience.votingClosed) : null,
      );
    }
  };
  paint(null);
  const onResize = () => fitToScreen(workshopDictionaries[latest?.lang ?? lang].rooms.earlierAnswers);
  window.addEventListener('resize', onResize);
  // The stage draws its canvas after the paint that placed it (the story loads first): the
  // type fits again once it has its height, or a long scene scrolls until the next view.
  const stageSize = new ResizeObserver(onResize);
  stageSize.observe(stageSlot);
  const sub = watchFrom(link, (view) => {
    latest = view;
    paint(latest);
  });
  return {
    close() {
      clearInterval(tick);
      window.removeEventListener('resize', onResize);
      stageSize.disconnect();
      sub.close();
      stage?.close();
      link.close();
    },
  };
}
