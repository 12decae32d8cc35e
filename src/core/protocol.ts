// The vocabulary of the story protocol (DESIGN.md, "The story protocol"): every value a
// tag may carry. Story tests reject anything else, so the stage and the UI can rely on
// these lists being complete.

export const KINDS = ['attune', 'boundary', 'repair', 'personalize', 'pursue', 'label', 'appease', 'neutral'] as const;
export type ChoiceKind = (typeof KINDS)[number];

export const FORMS = ['active', 'withdrawal', 'ambivalent', 'boundary', 'repair', 'cycle'] as const;
export type ScenarioForm = (typeof FORMS)[number];

export const ENDINGS = ['safety', 'fragile', 'fear', 'burnout'] as const;
export type EndingType = (typeof ENDINGS)[number];

export const TIMES = ['morning', 'day', 'evening', 'night'] as const;
export type TimeOfDay = (typeof TIMES)[number];

export const SPEAKERS = ['loved', 'you'] as const;
export type Speaker = (typeof SPEAKERS)[number];

/** Places the stage can draw. */
export const PLACES = ['kitchen', 'living-room', 'bedroom', 'hallway', 'balcony', 'street', 'park', 'cafe', 'office'] as const;
export type Place = (typeof PLACES)[number];

/** Poses of the loved one's figure. */
export const POSES = [
  'calm', // relaxed, upright
  'warm', // leaning in, open
  'tense', // shoulders up, small jerky movements
  'arms-crossed',
  'turned-away',
  'withdrawn', // curled in, small
  'pacing',
  'reaching', // reaching out toward you
  'on-phone', // looking down at a phone
] as const;
export type Pose = (typeof POSES)[number];

/** One-off staging cues (`#stage:<cue>`). */
export const STAGE_CUES = [
  'step-closer', // the loved one comes closer for a moment
  'step-away', // the loved one steps back
  'flinch',
  'door-closes',
  'sit-together',
  'phone-message', // a message from the loved one arrives on your phone
  'phone-sent', // you send a message
  'phone-read', // your message shows as read, no answer
  'typing', // typing dots appear
  'typing-stops', // the dots stop, nothing comes
  'phone-away', // the phone is put away
] as const;
export type StageCue = (typeof STAGE_CUES)[number];

/** At or below this reserve, attuned options are crossed out: you have nothing left to give. */
export const LOW_RESERVE = 2;

export function isOneOf<T extends string>(list: readonly T[], value: string): value is T {
  return (list as readonly string[]).includes(value);
}
