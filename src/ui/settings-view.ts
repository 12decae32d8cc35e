// The settings dialog: text size, contrast, motion, font, which voices show, how harsh
// lines are shown, sound and its volumes, and reading aloud. Each change is handed on at
// once (and applies live); the dialog itself keeps no state of its own.
import { openDialog } from './dialogs.ts';
import { h } from './dom.ts';
import type { Dict } from './i18n/index.ts';
import { INTENSITIES, MOTIONS, type Prefs, SPEECH_RATES, TEXT_SIZES, VOLUME_MAX } from './prefs.ts';
import { watchVoice } from './read-aloud.ts';
import { soundDictionaries } from './sound-i18n.ts';

type Volume = 'roomVolume' | 'heartVolume' | 'cueVolume';
export type SettingsChange = Partial<
  Pick<
    Prefs,
    | 'textSize'
    | 'contrast'
    | 'motion'
    | 'font'
    | 'inner'
    | 'coach'
    | 'intensity'
    | 'shortcuts'
    | 'sound'
    | Volume
    | 'readAloud'
    | 'speechRate'
  >
>;

function radios<T extends string>(o: {
  name: string;
  legend: string;
  values: readonly T[];
  labels: Record<T, string>;
  current: T;
  hint?: string;
  onPick: (value: T) => void;
}): HTMLElement {
  const hintId = `setting-${o.name}-hint`;
  const set = h(
    'fieldset',
    { class: 'setting-group', 'aria-describedby': o.hint ? hintId : null },
    h('legend', {}, o.legend),
    o.hint ? h('p', { id: hintId, class: 'hint' }, o.hint) : null,
  );
  for (const value of o.values) {
    const id = `setting-${o.name}-${value}`;
    const input = h('input', { type: 'radio', id, name: `setting-${o.name}`, value, checked: value === o.current });
    input.addEventListener('change', () => {
      if (input.checked) o.onPick(value);
    });
    set.append(h('label', { for: id, class: 'radio' }, input, ` ${o.labels[value]}`));
  }
  return set;
}

function checkbox(o: { name: string; label: string; checked: boolean; onToggle: (on: boolean) => void }): HTMLElement {
  const id = `setting-${o.name}`;
  const input = h('input', { type: 'checkbox', id, name: id, checked: o.checked });
  input.addEventListener('change', () => o.onToggle(input.checked));
  return h('label', { for: id, class: 'toggle' }, input, ` ${o.label}`);
}

function slider(o: { name: Volume; label: string; value: number; onChange: (change: SettingsChange) => void }): HTMLElement {
  const id = `setting-${o.name}`;
  const input = h('input', { type: 'range', id, name: id, min: 0, max: VOLUME_MAX, step: 5, value: o.value });
  input.addEventListener('input', () => o.onChange({ [o.name]: Number(input.value) }));
  return h('div', { class: 'volume' }, h('label', { for: id }, o.label), input);
}

function soundGroup(prefs: Readonly<Prefs>, onChange: (change: SettingsChange) => void): HTMLElement {
  const s = soundDictionaries[prefs.lang];
  return h(
    'fieldset',
    { class: 'setting-group sound-settings', 'aria-describedby': 'setting-sound-hint' },
    h('legend', {}, s.heading),
    h('p', { id: 'setting-sound-hint', class: 'hint' }, s.hint),
    checkbox({ name: 'sound', label: s.on, checked: prefs.sound, onToggle: (sound) => onChange({ sound }) }),
    slider({ name: 'roomVolume', label: s.room, value: prefs.roomVolume, onChange }),
    slider({ name: 'heartVolume', label: s.heart, value: prefs.heartVolume, onChange }),
    slider({ name: 'cueVolume', label: s.cues, value: prefs.cueVolume, onChange }),
  );
}

/** Reading aloud, with a plain word when this device has no voice for the game's language. */
function readAloudGroup(prefs: Readonly<Prefs>, onChange: (change: SettingsChange) => void) {
  const s = soundDictionaries[prefs.lang];
  const note = h('p', { id: 'setting-read-voice', class: 'hint', 'data-voice': 'unknown' });
  const group = h(
    'fieldset',
    { class: 'setting-group read-settings', 'aria-describedby': 'setting-read-voice' },
    h('legend', {}, s.readHeading),
    note,
    checkbox({ name: 'read-aloud', label: s.read, checked: prefs.readAloud, onToggle: (readAloud) => onChange({ readAloud }) }),
    radios({
      name: 'speech-rate',
      legend: s.rate,
      values: SPEECH_RATES,
      labels: s.rates,
      current: prefs.speechRate,
      onPick: (speechRate) => onChange({ speechRate }),
    }),
  );
  // Voices arrive late; the note follows them while the dialog is open.
  const watch = watchVoice(prefs.lang, (status) => {
    note.dataset.voice = status;
    note.textContent = status === 'voice' ? '' : status === 'no-voice' ? s.noVoice : s.noSpeech;
    note.hidden = status === 'voice';
  });
  return { group, stop: () => watch.close() };
}

export function openSettings(t: Dict, prefs: Readonly<Prefs>, onChange: (change: SettingsChange) => void): HTMLDialogElement {
  const s = t.settings;
  const reading = readAloudGroup(prefs, onChange);
  const dialog = openDialog(
    (close) => [
      h('h2', { id: 'settings-heading' }, s.heading),
      h('p', { class: 'hint' }, s.intro),
      h(
        'form',
        { class: 'settings-form', 'data-settings': true },
        radios({
          name: 'text-size',
          legend: s.textSize,
          values: TEXT_SIZES,
          labels: s.textSizes,
          current: prefs.textSize,
          onPick: (textSize) => onChange({ textSize }),
        }),
        radios({
          name: 'motion',
          legend: s.motion,
          values: MOTIONS,
          labels: s.motions,
          current: prefs.motion,
          onPick: (motion) => onChange({ motion }),
        }),
        h(
          'div',
          { class: 'setting-group setting-toggles' },
          checkbox({
            name: 'contrast',
            label: s.contrast,
            checked: prefs.contrast === 'high',
            onToggle: (on) => onChange({ contrast: on ? 'high' : 'normal' }),
          }),
          checkbox({
            name: 'font',
            label: s.font,
            checked: prefs.font === 'dyslexic',
            onToggle: (on) => onChange({ font: on ? 'dyslexic' : 'default' }),
          }),
          checkbox({ name: 'inner', label: s.inner, checked: prefs.inner, onToggle: (inner) => onChange({ inner }) }),
          checkbox({ name: 'coach', label: s.coach, checked: prefs.coach, onToggle: (coach) => onChange({ coach }) }),
          checkbox({
            name: 'shortcuts',
            label: t.reading.shortcuts,
            checked: prefs.shortcuts,
            onToggle: (shortcuts) => onChange({ shortcuts }),
          }),
        ),
        radios({
          name: 'intensity',
          legend: s.intensity,
          values: INTENSITIES,
          labels: s.intensities,
          current: prefs.intensity,
          hint: s.intensityHint,
          onPick: (intensity) => onChange({ intensity }),
        }),
        soundGroup(prefs, onChange),
        reading.group,
      ),
      h(
        'div',
        { class: 'actions' },
        h('button', { type: 'button', class: 'primary', 'data-action': 'close-settings', onclick: close }, s.close),
      ),
    ],
    s.heading,
    'settings',
  );
  dialog.addEventListener('close', reading.stop);
  return dialog;
}
