// The words of the sound and reading-aloud settings: fetched with the settings dialog and
// with reading aloud, not with the menu. Both languages have the same keys (the type checks it).
import type { Lang } from '../core/run-record.ts';
import type { SpeechRate } from './prefs.ts';

const en = {
  heading: 'Sound',
  on: 'Play sound (key S)',
  hint: 'A quiet room tone, a heartbeat that follows the alarm, and a soft tone when the thread between you grows stronger or thinner. Everything it tells is also in words.',
  room: 'Room tone',
  heart: 'Heartbeat',
  cues: 'Tones when the thread changes',
  readHeading: 'Read aloud',
  read: 'Read the story aloud (key V)',
  rate: 'Reading speed',
  rates: { slow: 'Slow', normal: 'Normal', fast: 'Fast' } satisfies Record<SpeechRate, string>,
  noVoice: 'This device has no English voice of its own, so the story cannot be read aloud in English.',
  noSpeech: 'This browser cannot read aloud.',
  crossedOut: 'Crossed out: you have nothing left to give right now.',
};

export type SoundDict = typeof en;

const nl: SoundDict = {
  heading: 'Geluid',
  on: 'Geluid aan (toets S)',
  hint: 'Een zacht geluid van de ruimte, een hartslag die met het alarm meegaat, en een zachte toon als de draad tussen jullie sterker of dunner wordt. Alles wat je hoort, staat ook in woorden op het scherm.',
  room: 'Geluid van de ruimte',
  heart: 'Hartslag',
  cues: 'Tonen als de draad verandert',
  readHeading: 'Voorlezen',
  read: 'Lees het verhaal voor (toets V)',
  rate: 'Leestempo',
  rates: { slow: 'Langzaam', normal: 'Gewoon', fast: 'Snel' } satisfies Record<SpeechRate, string>,
  noVoice: 'Dit apparaat heeft geen eigen Nederlandse stem, dus het verhaal kan niet in het Nederlands worden voorgelezen.',
  noSpeech: 'Deze browser kan niet voorlezen.',
  crossedOut: 'Doorgestreept: je hebt nu niets meer te geven.',
};

export const soundDictionaries: Record<Lang, SoundDict> = { en, nl };
