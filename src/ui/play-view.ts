// The play screen: the DOM presenter of a StorySession. The story log is a polite live
// region; choices are native buttons (keys 1-9); meters and feedback are in words.
import type { Subscription } from '../core/events.ts';
import { meterDelta } from '../core/meters.ts';
import type { StepRecord } from '../core/run-record.ts';
import { initialStageState, type StageState } from '../core/stage-state.ts';
import type { ChoicePoint, LogEntry, StorySession } from '../core/story-session.ts';
import type { Beat } from '../core/tags.ts';
import { clear, h } from './dom.ts';
import type { Dict } from './i18n/index.ts';
import { describeChange, metersPanel } from './meters-view.ts';
import { narrateCue, narrateStage, type StageView } from './stage-narration.ts';

export interface PlayOptions {
  t: Dict;
  session: StorySession;
  title: string;
  onPause: () => void;
  onHelp: () => void;
  onQuit: () => void;
  onEnded: () => void;
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
  const name = session.record.lovedOne.name;
  const log = h('div', { class: 'story-log', role: 'log', 'aria-live': 'polite', 'aria-label': t.play.storyLabel, tabindex: 0 });
  const choices = h('div', { class: 'choices', 'data-choices': true, role: 'group', 'aria-labelledby': 'choices-heading' });
  const choicesHeading = h('h2', { id: 'choices-heading', class: 'choices-heading', tabindex: -1 }, t.play.choicesLabel);
  const discuss = h('p', { class: 'discuss', hidden: true });
  const meters = metersPanel(t, name, session.meters);
  const stageSlot = h('div', { class: 'stage-slot', 'aria-hidden': 'true' });
  const stageText = h('p', { class: 'stage-text' });
  const root = h(
    'section',
    { class: 'screen play', 'aria-labelledby': 'play-heading' },
    h(
      'div',
      { class: 'toolbar' },
      h('h2', { id: 'play-heading', class: 'play-title' }, o.title),
      h('button', { type: 'button', 'data-action': 'pause', onclick: o.onPause }, t.play.pause),
      h('button', { type: 'button', 'data-action': 'help', onclick: o.onHelp }, t.play.help),
      h('button', { type: 'button', 'data-action': 'quit', onclick: o.onQuit }, t.play.quit),
    ),
    h('div', { class: 'stage-column' }, stageSlot, stageText, meters.element),
    h(
      'div',
      { class: 'story-column' },
      log,
      h('div', { class: 'choice-area' }, discuss, choicesHeading, choices, h('p', { class: 'hint keys-hint' }, t.play.keysHint)),
    ),
  );

  // Everything in the log is drawn from the session's log entries, so a resumed run shows
  // exactly what the live one did: stage notes follow the beats, feedback follows a choice
  // once its consequences have played out (just before the next choice or the end).
  const seen: StageView = { ...initialStageState(session.record.initialMeters) };
  const who = session.record.lovedOne;
  let pending: StepRecord | null = null;
  const showStageText = (state: StageState) => {
    const scene = t.stage.scene(t.stage.places[state.place], t.stage.times[state.time]);
    stageText.textContent = `${scene} ${t.stage.poses[state.pose](name)}`;
  };
  const addNote = (text: string) => log.append(h('p', { class: 'line stage-note' }, text));

  const addBeat = (beat: Beat) => {
    // A harsh line carries its summary too; the intensity setting shows one of them.
    const text: Node | string = beat.intense
      ? h(
          'span',
          { class: 'intense' },
          h('span', { class: 'intense-full' }, beat.text),
          h('span', { class: 'intense-summary' }, h('em', {}, `${t.narration.softened}: `), beat.intense),
        )
      : beat.text;
    if (beat.chapter) log.append(h('h3', { class: 'chapter' }, beat.chapter));
    if (beat.role === 'inner') {
      log.append(h('p', { class: 'line inner' }, h('span', { class: 'label' }, `${t.play.inner(name)}: `), text));
    } else if (beat.role === 'coach') {
      log.append(h('p', { class: 'line coach' }, h('span', { class: 'label' }, `${t.play.coach}: `), text));
    } else if (beat.role === 'speech') {
      const who = beat.speaker === 'you' ? t.play.you : name;
      log.append(h('p', { class: `line speech speaker-${beat.speaker}` }, h('span', { class: 'label' }, `${who}: `), text));
    } else {
      log.append(h('p', { class: 'line narration' }, text));
    }
    // What the stage shows is also said in words (the canvas is hidden from assistive tech).
    const next = { ...seen, place: beat.place ?? seen.place, time: beat.time ?? seen.time, pose: beat.pose ?? seen.pose };
    for (const line of narrateStage(t, who, seen, next)) addNote(line);
    for (const cue of beat.cues) addNote(narrateCue(t, who, cue));
    Object.assign(seen, next);
  };
  const addFeedback = (step: StepRecord) => {
    const lines = describeChange(t, { meters: step.after, delta: meterDelta(step.before, step.after), kind: step.kind });
    log.append(
      h(
        'div',
        { class: 'feedback', role: 'group', 'aria-label': t.play.feedbackLabel },
        h('p', { class: 'label' }, t.play.feedbackLabel),
        ...(lines.length > 0 ? lines : [t.play.noChange]).map((line) => h('p', {}, line)),
      ),
    );
    for (const line of narrateStage(t, who, { ...seen, meters: step.before }, { ...seen, meters: step.after })) addNote(line);
  };
  let choicesMade = 0;
  const addChoice = (step: StepRecord) => {
    const index = choicesMade++;
    log.append(
      h(
        'div',
        { class: 'line chosen', 'data-step': step.pointId },
        h('p', {}, h('span', { class: 'label' }, `${t.play.you}: `), step.text),
        h('button', { type: 'button', class: 'rewind', 'data-rewind': index, onclick: () => o.onRewind(index) }, t.play.rewind),
      ),
    );
    pending = step;
  };
  const settle = () => {
    if (pending) addFeedback(pending);
    pending = null;
  };
  const addEntry = (entry: LogEntry) => {
    if (entry.type === 'beat') addBeat(entry.beat);
    else {
      settle();
      addChoice(entry.step);
    }
  };

  const showChoices = (point: ChoicePoint | null, focus: boolean) => {
    clear(choices);
    discuss.hidden = !point?.discuss;
    discuss.textContent = point?.discuss ? `${t.play.discuss}: ${point.discuss}` : '';
    if (!point) return;
    for (const option of point.options) {
      const number = option.index + 1;
      const reasonId = `choice-reason-${number}`;
      const button = h(
        'button',
        {
          type: 'button',
          class: `choice${option.blocked ? ' crossed-out' : ''}`,
          'data-kind': option.kind,
          disabled: option.blocked !== null,
          'aria-describedby': option.blocked ? reasonId : null,
          onclick: () => choose(option.index),
        },
        h('span', { class: 'choice-number', 'aria-hidden': 'true' }, String(number)),
        h('span', { class: 'choice-text' }, option.text),
      );
      choices.append(
        h(
          'div',
          { class: 'choice-row' },
          button,
          option.blocked ? h('p', { id: reasonId, class: 'crossed-reason' }, t.play.crossedOut) : null,
        ),
      );
    }
    if (focus) {
      const first = choices.querySelector<HTMLButtonElement>('button:not([disabled])');
      first?.focus();
    }
    scrollToEnd();
  };
  const scrollToEnd = () => {
    log.scrollTop = log.scrollHeight;
  };
  const choose = (index: number) => {
    if (!session.choicePoint) return;
    clear(choices);
    session.choose(index);
  };

  const subs: Subscription[] = [
    session.on('beat', addBeat),
    session.on('chosen', (step) => addEntry({ type: 'choice', step })),
    session.on('stage', (state) => {
      showStageText(state);
      meters.update(state.meters);
    }),
    session.on('meters', () => settle()),
    session.on('choices', (point) => showChoices(point, true)),
    session.on('ended', () => o.onEnded()),
    session.on('error', ({ source }) => {
      // A failing presenter (the stage) is reported, and play goes on without it.
      if (source !== 'story') return;
      log.append(h('p', { class: 'line error', role: 'alert' }, t.errors.story));
      choices.append(h('button', { type: 'button', onclick: o.onQuit }, t.debrief.menu));
    }),
  ];

  for (const entry of session.log) addEntry(entry);
  if (session.choicePoint || session.ended) settle();
  showStageText(session.stage);
  showChoices(session.choicePoint, false);

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
