// The play screen: the DOM presenter of a StorySession. It reads like a book: after each
// answer the new passage shows from its first line (which takes focus, so a screen reader
// reads on from there once, instead of a live region talking over a focus move), and the
// player reads down to the feedback and the choices (native buttons, keys 1-9).
import type { Subscription } from '../core/events.ts';
import type { StageCue } from '../core/protocol.ts';
import type { StageState } from '../core/stage-state.ts';
import type { ChoicePoint, StorySession } from '../core/story-session.ts';
import { clear, h } from './dom.ts';
import type { Dict } from './i18n/index.ts';
import { metersPanel } from './meters-view.ts';
import { narrateCue } from './stage-narration.ts';
import { storyLines } from './story-lines.ts';

export interface PlayOptions {
  t: Dict;
  session: StorySession;
  title: string;
  onPause: () => void;
  onHelp: () => void;
  onQuit: () => void;
  /** The story reached its end (the run is finished and can be kept now). */
  onEnded?: () => void;
  /** The player asks to go on from the ending to the debrief. */
  onLookBack: () => void;
  /** Go back to the choice point of this step (0-based) and answer differently. */
  onRewind: (step: number) => void;
}

export interface PlayView {
  element: HTMLElement;
  /** Where the stage (canvas) goes; decorative, hidden from assistive tech. */
  stageSlot: HTMLElement;
  /** Choose by number (keys 1-9); false when there is no such enabled option. */
  chooseByNumber(n: number): boolean;
  dispose(): void;
}

export function playView(o: PlayOptions): PlayView {
  const { t, session } = o;
  const { record } = session;
  const name = record.lovedOne.name;
  // The log is a log (the test hook), but not a live region: the first line of each new
  // passage takes focus instead, so it is read once, in order, from where it starts.
  const log = h('div', { class: 'story-log', role: 'log', 'aria-live': 'off', 'aria-label': t.play.storyLabel });
  const choices = h('div', { class: 'choices', 'data-choices': true, role: 'group', 'aria-labelledby': 'choices-heading' });
  const choicesHeading = h('h2', { id: 'choices-heading', class: 'choices-heading', tabindex: -1 }, t.play.choicesLabel);
  const discuss = h('p', { class: 'discuss', hidden: true });
  // Where the story ends: said so, and the way on to the debrief (not a choice in the story).
  const end = h(
    'div',
    { class: 'story-end', hidden: true },
    h('p', {}, t.reading.theEnd),
    h('button', { type: 'button', class: 'primary', 'data-action': 'look-back', onclick: () => o.onLookBack() }, t.reading.lookBack),
  );
  const meters = metersPanel(t, name, session.meters);
  const stageSlot = h('div', { class: 'stage-slot', 'aria-hidden': 'true' });
  const stageText = h('p', { class: 'stage-text' });
  const keysHint = h('p', { class: 'hint keys-hint' }, t.play.keysHint);
  const reading = h('div', { class: 'reading' }, log, h('div', { class: 'choice-area' }, discuss, choicesHeading, choices, end, keysHint));
  const root = h(
    'section',
    { class: 'screen play', 'aria-labelledby': 'play-heading' },
    h(
      'div',
      { class: 'toolbar' },
      h('h2', { id: 'play-heading', class: 'play-title', lang: record.lang }, o.title),
      h('button', { type: 'button', 'data-action': 'pause', onclick: o.onPause }, t.play.pause),
      h('button', { type: 'button', 'data-action': 'help', onclick: o.onHelp }, t.play.help),
      h('button', { type: 'button', 'data-action': 'quit', onclick: o.onQuit }, t.play.quit),
    ),
    h('div', { class: 'stage-column' }, stageSlot, stageText, meters.element),
    h('div', { class: 'story-column' }, reading),
  );

  // Everything in the log is drawn from the session's log entries, so a resumed run shows
  // exactly what the live one did.
  const lines = storyLines({
    t,
    log,
    lovedOne: record.lovedOne,
    lang: record.lang,
    initialMeters: record.initialMeters,
    onRewind: o.onRewind,
  });
  let cue = '';
  const showStageText = (state: StageState) => {
    const scene = t.stage.scene(t.stage.places[state.place], t.stage.times[state.time]);
    stageText.textContent = `${scene} ${t.stage.poses[state.pose](name)}${cue ? ` ${cue}` : ''}`;
  };
  const showCue = (c: StageCue) => {
    cue = narrateCue(t, record.lovedOne, c);
    showStageText(session.stage);
  };

  /** Bring the newest passage's first line to the top of the reading area, and focus it. */
  const showPassage = (focus: boolean) => {
    // Drawn before it is on the page (a resumed run): measure once it is there.
    if (!root.isConnected) {
      requestAnimationFrame(() => {
        if (root.isConnected) showPassage(focus);
      });
      return;
    }
    const start = lines.passageStart();
    if (!start) {
      reading.scrollTop = reading.scrollHeight;
      return;
    }
    // The answer just given stays in sight above the reply, when there is one.
    const before = start.previousElementSibling;
    const room = reading.clientHeight;
    const withAnswer =
      before?.classList.contains('chosen') && start.getBoundingClientRect().bottom - before.getBoundingClientRect().top < room * 0.6;
    const top = withAnswer && before ? before : start;
    // Scrolls the reading area, or the page where the screen flows as one (a tiny window).
    top.scrollIntoView({ block: 'start' });
    if (focus) start.focus({ preventScroll: true });
  };

  const showChoices = (point: ChoicePoint | null, focus: boolean) => {
    clear(choices);
    discuss.hidden = !point?.discuss;
    discuss.textContent = point?.discuss ? `${t.play.discuss}: ${point.discuss}` : '';
    choicesHeading.hidden = !point;
    if (point) for (const option of point.options) choices.append(choiceRow(t, option, record.lang, () => choose(option.index)));
    showPassage(focus);
  };
  const showEnd = (focus: boolean) => {
    clear(choices);
    discuss.hidden = true;
    choicesHeading.hidden = true;
    end.hidden = false;
    keysHint.hidden = true;
    showPassage(focus);
  };
  const choose = (index: number) => {
    const option = session.choicePoint?.options[index];
    if (!option || option.blocked) return;
    clear(choices);
    // A one-off cue (a flinch) belongs to its moment, not to the next passage.
    cue = '';
    lines.startPassage();
    session.choose(index);
  };

  const subs: Subscription[] = [
    session.on('beat', lines.addBeat),
    session.on('chosen', (step) => lines.addEntry({ type: 'choice', step })),
    session.on('cue', showCue),
    session.on('stage', (state) => {
      showStageText(state);
      meters.update(state.meters);
    }),
    session.on('meters', () => lines.settle()),
    session.on('choices', (point) => showChoices(point, true)),
    session.on('ended', () => {
      lines.settle();
      showEnd(true);
      o.onEnded?.();
    }),
    session.on('error', ({ source }) => {
      // A failing presenter (the stage) is reported, and play goes on without it.
      if (source !== 'story') return;
      log.append(h('p', { class: 'line error', role: 'alert' }, t.errors.story));
      choices.append(h('button', { type: 'button', onclick: o.onQuit }, t.debrief.menu));
    }),
  ];

  // A fresh run's first passage starts with its first line, like every other.
  if (session.log.length === 0) lines.startPassage();
  for (const entry of session.log) {
    if (entry.type === 'choice') lines.startPassage();
    lines.addEntry(entry);
    // The caption keeps the latest cue of the passage, as it did live.
    const last = entry.type === 'beat' ? entry.beat.cues[entry.beat.cues.length - 1] : undefined;
    if (entry.type === 'choice') cue = '';
    else if (last) cue = narrateCue(t, record.lovedOne, last);
  }
  if (session.choicePoint || session.ended) lines.settle();
  showStageText(session.stage);
  // Shown again (a resumed run, a language switch): the newest passage, focus on the choices.
  if (session.ended) showEnd(false);
  else showChoices(session.choicePoint, false);

  return {
    element: root,
    stageSlot,
    chooseByNumber(n) {
      const option = session.choicePoint?.options[n - 1];
      if (!option || option.blocked) return false;
      choose(option.index);
      return true;
    },
    dispose() {
      for (const sub of subs) sub.close();
    },
  };
}

/** One option. A crossed-out one stays focusable, so its reason (the lesson) is reached too. */
function choiceRow(t: Dict, option: ChoicePoint['options'][number], lang: string, onChoose: () => void): HTMLElement {
  const number = option.index + 1;
  const reasonId = `choice-reason-${number}`;
  const blocked = option.blocked !== null;
  return h(
    'div',
    { class: 'choice-row' },
    h(
      'button',
      {
        type: 'button',
        class: `choice${blocked ? ' crossed-out' : ''}`,
        'data-kind': option.kind,
        'aria-disabled': blocked ? 'true' : null,
        'aria-describedby': blocked ? reasonId : null,
        onclick: onChoose,
      },
      h('span', { class: 'choice-number', 'aria-hidden': 'true' }, String(number)),
      h('span', { class: 'choice-text', lang }, option.text),
    ),
    blocked ? h('p', { id: reasonId, class: 'crossed-reason' }, t.play.crossedOut) : null,
  );
}
