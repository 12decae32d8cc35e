// The lines of a run's story in a log element: beats, the player's answers, the feedback
// once an answer's consequences have played out, and what the stage shows said in words.
// Shared by the play screen and the transcript of a finished run, so both read the same.
import { meterDelta } from '../core/meters.ts';
import type { Lang, LovedOne, StepRecord } from '../core/run-record.ts';
import { initialStageState } from '../core/stage-state.ts';
import type { LogEntry } from '../core/story-session.ts';
import type { Beat } from '../core/tags.ts';
import { h } from './dom.ts';
import type { Dict } from './i18n/index.ts';
import { describeChange } from './meters-view.ts';
import { narrateStage, type StageView } from './stage-narration.ts';

export interface StoryLinesOptions {
  t: Dict;
  log: HTMLElement;
  lovedOne: LovedOne;
  /** The run's own language: its story text is marked with it (the interface may differ). */
  lang: Lang;
  initialMeters: StageView['meters'];
  /** A way back to each answer's choice point; none in a read-only transcript. */
  onRewind: ((step: number) => void) | null;
}

export interface StoryLines {
  addEntry(entry: LogEntry): void;
  addBeat(beat: Beat): void;
  /** Show the feedback of the last answer, once its consequences have played out. */
  settle(): void;
  /** The next line added starts a new passage: it gets the quiet mark and can take focus. */
  startPassage(): void;
  /** The first line of the newest passage, if one has started. */
  passageStart(): HTMLElement | null;
}

export function storyLines(o: StoryLinesOptions): StoryLines {
  const { t, log, lovedOne: who, lang } = o;
  const name = who.name;
  const seen: StageView = { ...initialStageState(o.initialMeters) };
  let pending: StepRecord | null = null;
  let choicesMade = 0;
  let starting = false;
  let start: HTMLElement | null = null;

  const add = (line: HTMLElement) => {
    if (starting) {
      starting = false;
      start?.classList.remove('passage-start');
      line.classList.add('passage-start');
      line.tabIndex = -1;
      start = line;
    }
    log.append(line);
  };
  const story = (text: Node | string) => h('span', { lang }, text);
  const addNote = (text: string) => add(h('p', { class: 'line stage-note' }, text));

  const addBeat = (beat: Beat) => {
    // A harsh line carries its summary too; the intensity setting shows one of them.
    const text = story(
      beat.intense
        ? h(
            'span',
            { class: 'intense' },
            h('span', { class: 'intense-full' }, beat.text),
            h('span', { class: 'intense-summary' }, h('em', {}, `${t.narration.softened}: `), beat.intense),
          )
        : beat.text,
    );
    if (beat.chapter) add(h('h3', { class: 'chapter' }, story(beat.chapter)));
    if (beat.role === 'inner') {
      add(h('p', { class: 'line inner' }, h('span', { class: 'label' }, `${t.play.inner(name)}: `), text));
    } else if (beat.role === 'coach') {
      add(h('p', { class: 'line coach' }, h('span', { class: 'label' }, `${t.play.coach}: `), text));
    } else if (beat.role === 'speech') {
      const speaker = beat.speaker === 'you' ? t.play.you : name;
      add(h('p', { class: `line speech speaker-${beat.speaker}` }, h('span', { class: 'label' }, `${speaker}: `), text));
    } else {
      add(h('p', { class: 'line narration' }, text));
    }
    // What the stage shows is also said in words (the canvas is hidden from assistive tech).
    // One-off cues (a flinch, the typing dots) are not: the line itself already tells them,
    // and saying them twice is what a screen reader heard as a stutter.
    const next = { ...seen, place: beat.place ?? seen.place, time: beat.time ?? seen.time, pose: beat.pose ?? seen.pose };
    for (const line of narrateStage(t, who, seen, next)) addNote(line);
    Object.assign(seen, next);
  };

  const addFeedback = (step: StepRecord) => {
    const lines = describeChange(t, { meters: step.after, delta: meterDelta(step.before, step.after), kind: step.kind });
    add(
      h(
        'div',
        // Its first line names it; a group label as well would be read twice.
        { class: 'feedback' },
        h('p', { class: 'label' }, t.play.feedbackLabel),
        ...(lines.length > 0 ? lines : [t.play.noChange]).map((line) => h('p', {}, line)),
      ),
    );
    for (const line of narrateStage(t, who, { ...seen, meters: step.before }, { ...seen, meters: step.after })) addNote(line);
    seen.meters = step.after;
  };

  const addChoice = (step: StepRecord) => {
    const index = choicesMade++;
    const { onRewind } = o;
    log.append(
      h(
        'div',
        { class: 'line chosen', 'data-step': step.pointId },
        h('p', {}, h('span', { class: 'label' }, `${t.play.you}: `), story(step.text)),
        onRewind
          ? h('button', { type: 'button', class: 'rewind', 'data-rewind': index, onclick: () => onRewind(index) }, t.play.rewind)
          : null,
      ),
    );
    pending = step;
  };

  const settle = () => {
    if (pending) addFeedback(pending);
    pending = null;
  };

  return {
    addBeat,
    settle,
    addEntry(entry) {
      if (entry.type === 'beat') addBeat(entry.beat);
      else {
        settle();
        addChoice(entry.step);
      }
    },
    startPassage() {
      starting = true;
    },
    passageStart: () => start,
  };
}
