// Read aloud (self-voicing): the browser's speech synthesis reads each new line of the story,
// the inner voice announced as such, what an answer did, and the options with their numbers,
// in the game's language. A presenter of the session's events, like the play screen; it
// stops talking when the player chooses. Only a voice of the device's own is used: a voice
// from the network would send the story (and the loved one's name) elsewhere.
import type { Subscription } from '../core/events.ts';
import type { Meters } from '../core/meters.ts';
import type { Lang } from '../core/run-record.ts';
import type { ChoicePoint, StorySession } from '../core/story-session.ts';
import type { Beat } from '../core/tags.ts';
import { type Dict, dictionaries } from './i18n/index.ts';
import { describeChange } from './meters-view.ts';
import type { Prefs, SpeechRate } from './prefs.ts';
import { soundDictionaries } from './sound-i18n.ts';
import { narrateStage, type StageView } from './stage-narration.ts';

export type ReadAloudPrefs = Pick<Prefs, 'readAloud' | 'speechRate' | 'inner' | 'coach' | 'intensity'>;

const RATES: Record<SpeechRate, number> = { slow: 0.8, normal: 1, fast: 1.3 };
const LOCALES: Record<Lang, string> = { nl: 'nl-NL', en: 'en-GB' };

/** Where the device can speak a language: with a voice of its own, not at all, or no speech synthesis whatever. */
export type VoiceStatus = 'voice' | 'no-voice' | 'no-speech';

export function voiceFor(voices: readonly SpeechSynthesisVoice[], lang: Lang): SpeechSynthesisVoice | null {
  const mine = voices.filter((v) => v.localService && v.lang.toLowerCase().replace('_', '-').split('-')[0] === lang);
  return mine.find((v) => v.lang.replace('_', '-') === LOCALES[lang]) ?? mine.find((v) => v.default) ?? mine[0] ?? null;
}

const speechOf = (win: Window): SpeechSynthesis | null => ('speechSynthesis' in win ? win.speechSynthesis : null);

/** The device's answer for `lang`, now and whenever its voices change (they load late). Close to stop listening. */
export function watchVoice(lang: Lang, onStatus: (status: VoiceStatus) => void, win: Window = window): Subscription {
  const speech = speechOf(win);
  if (!speech) {
    onStatus('no-speech');
    return { close() {} };
  }
  const report = () => onStatus(voiceFor(speech.getVoices(), lang) ? 'voice' : 'no-voice');
  report();
  speech.addEventListener('voiceschanged', report);
  return { close: () => speech.removeEventListener('voiceschanged', report) };
}

/** The words for one line as the log shows it, or null when the settings hide it. */
function lineText(t: Dict, prefs: ReadAloudPrefs, name: string, beat: Beat): string | null {
  const text = beat.intense && prefs.intensity === 'softened' ? `${t.narration.softened}: ${beat.intense}` : beat.text;
  if (beat.role === 'inner') return prefs.inner ? `${t.play.inner(name)}: ${text}` : null;
  if (beat.role === 'coach') return prefs.coach ? `${t.play.coach}: ${text}` : null;
  if (beat.role === 'speech') return `${beat.speaker === 'you' ? t.play.you : name}: ${text}`;
  return text;
}

function choicesText(lang: Lang, point: ChoicePoint): string[] {
  const crossedOut = soundDictionaries[lang].crossedOut;
  return [
    dictionaries[lang].play.choicesLabel,
    ...point.options.map((o) => `${o.index + 1}: ${o.text}${o.blocked ? `. ${crossedOut}` : ''}`),
  ];
}

export interface ReadAloudOptions {
  prefs: () => ReadAloudPrefs;
  win?: Window;
}

export interface ReadAloud {
  present(session: StorySession): Subscription;
  /** The settings changed: switched off, it falls silent; switched on, it reads the current options. */
  update(): void;
  setPaused(paused: boolean): void;
}

export function readAloud(o: ReadAloudOptions): ReadAloud {
  const win = o.win ?? window;
  let session: StorySession | null = null;
  let wasOn = o.prefs().readAloud;
  let paused = false;

  const say = (lines: readonly string[]) => {
    const speech = speechOf(win);
    const prefs = o.prefs();
    if (!speech || !session || !prefs.readAloud || paused) return;
    const lang = session.record.lang;
    const voice = voiceFor(speech.getVoices(), lang);
    if (!voice) return;
    for (const line of lines) {
      const utterance = new SpeechSynthesisUtterance(line);
      utterance.lang = voice.lang;
      utterance.voice = voice;
      utterance.rate = RATES[prefs.speechRate];
      speech.speak(utterance);
    }
  };
  const hush = () => speechOf(win)?.cancel();
  const readChoices = () => {
    const point = session?.choicePoint;
    if (session && point) say(choicesText(session.record.lang, point));
  };

  return {
    present(next) {
      session = next;
      const t = dictionaries[next.record.lang];
      const who = next.record.lovedOne;
      // What the stage shows is read too, in the words and order of the story log.
      const seen: StageView = { ...next.stage };
      let before: Meters = next.meters;
      const subs = [
        next.on('beat', (beat) => {
          const after = { ...seen, place: beat.place ?? seen.place, time: beat.time ?? seen.time, pose: beat.pose ?? seen.pose };
          const line = lineText(t, o.prefs(), who.name, beat);
          const stage = narrateStage(t, who, seen, after);
          Object.assign(seen, after);
          // One-off cues (a flinch) are not read: the line already tells them, as in the log.
          say([beat.chapter, line, ...stage].filter((l): l is string => !!l));
        }),
        next.on('meters', (change) => {
          const lines = describeChange(t, change);
          const stage = narrateStage(t, who, { ...seen, meters: before }, { ...seen, meters: change.meters });
          say([t.play.feedbackLabel, ...(lines.length > 0 ? lines : [t.play.noChange]), ...stage]);
        }),
        next.on('choices', (point) => say(choicesText(next.record.lang, point))),
        next.on('chosen', (step) => {
          before = step.before;
          hush();
        }),
      ];
      // A run resumed (or a screen drawn again) waits at a choice: say what the options are.
      if (next.choicePoint) readChoices();
      return {
        close() {
          for (const sub of subs) sub.close();
          if (session !== next) return;
          session = null;
          // The ending's passage is read to its end over the debrief; stepping out mid-story silences it.
          if (!next.ended) hush();
        },
      };
    },
    update() {
      const on = o.prefs().readAloud;
      if (on === wasOn) return;
      wasOn = on;
      if (on) readChoices();
      else hush();
    },
    setPaused(next) {
      paused = next;
      if (paused) hush();
      else readChoices();
    },
  };
}
