// Parsing of the story protocol's tags into typed values. Unknown or malformed tags are
// collected as problems (story tests fail on them) but never stop play.
import {
  type ChoiceKind,
  ENDINGS,
  type EndingType,
  FORMS,
  isOneOf,
  KINDS,
  PLACES,
  type Place,
  POSES,
  type Pose,
  type ScenarioForm,
  SPEAKERS,
  type Speaker,
  STAGE_CUES,
  type StageCue,
  TIMES,
  type TimeOfDay,
} from './protocol.ts';

export type LineRole = 'narration' | 'speech' | 'inner' | 'coach';

/** One line of story output with everything its tags say. */
export interface Beat {
  role: LineRole;
  text: string;
  speaker: Speaker | null;
  /** Summary shown instead of the text at lower intensity (`#intense:`). */
  intense: string | null;
  place: Place | null;
  time: TimeOfDay | null;
  pose: Pose | null;
  cues: StageCue[];
  chapter: string | null;
  discuss: string | null;
  ending: EndingType | null;
  /** Tags this line carried that the protocol does not know. */
  problems: string[];
  /** The tags as written, for the story inspector. */
  tags: string[];
}

/** A tag value is everything after the first `:`, trimmed. */
export function splitTag(tag: string): [string, string | null] {
  const at = tag.indexOf(':');
  if (at < 0) return [tag.trim(), null];
  return [tag.slice(0, at).trim(), tag.slice(at + 1).trim()];
}

export function parseBeat(text: string, tags: readonly string[]): Beat {
  const beat: Beat = {
    role: 'narration',
    text: text.trim(),
    speaker: null,
    intense: null,
    place: null,
    time: null,
    pose: null,
    cues: [],
    chapter: null,
    discuss: null,
    ending: null,
    problems: [],
    tags: [...tags],
  };
  const bad = (tag: string) => beat.problems.push(`unknown tag #${tag}`);
  for (const tag of tags) {
    const [name, value] = splitTag(tag);
    if (value === null) {
      if (name === 'inner') beat.role = 'inner';
      else if (name === 'coach') beat.role = 'coach';
      else bad(tag);
      continue;
    }
    switch (name) {
      case 'speaker':
        if (isOneOf(SPEAKERS, value)) beat.speaker = value;
        else bad(tag);
        break;
      case 'place':
        if (isOneOf(PLACES, value)) beat.place = value;
        else bad(tag);
        break;
      case 'time':
        if (isOneOf(TIMES, value)) beat.time = value;
        else bad(tag);
        break;
      case 'pose':
        if (isOneOf(POSES, value)) beat.pose = value;
        else bad(tag);
        break;
      case 'stage':
        if (isOneOf(STAGE_CUES, value)) beat.cues.push(value);
        else bad(tag);
        break;
      case 'ending':
        if (isOneOf(ENDINGS, value)) beat.ending = value;
        else bad(tag);
        break;
      case 'chapter':
        beat.chapter = value || null;
        break;
      case 'discuss':
        beat.discuss = value || null;
        break;
      case 'intense':
        beat.intense = value || null;
        break;
      default:
        bad(tag);
    }
  }
  if (beat.speaker && beat.role === 'narration') beat.role = 'speech';
  return beat;
}

/** The kind of a choice from its tags; problems when missing, repeated or unknown. */
export function parseChoiceKind(tags: readonly string[] | null | undefined): {
  kind: ChoiceKind;
  problems: string[];
} {
  const kinds: string[] = [];
  const problems: string[] = [];
  for (const tag of tags ?? []) {
    const [name, value] = splitTag(tag);
    if (name === 'kind' && value !== null) kinds.push(value);
    else problems.push(`unknown choice tag #${tag}`);
  }
  if (kinds.length !== 1) problems.push(`a choice needs exactly one #kind tag, found ${kinds.length}`);
  const first = kinds[0] ?? 'neutral';
  if (!isOneOf(KINDS, first)) {
    problems.push(`unknown kind "${first}"`);
    return { kind: 'neutral', problems };
  }
  return { kind: first, problems };
}

/** What a scenario says about itself in its global tags. */
export interface ScenarioMeta {
  id: string;
  title: string;
  form: ScenarioForm;
  minutes: number;
  note: string;
  details: string;
  blurb: string;
  reflect: string[];
}

export function parseGlobalTags(tags: readonly string[]): { meta: ScenarioMeta; problems: string[] } {
  const problems: string[] = [];
  const meta: ScenarioMeta = { id: '', title: '', form: 'active', minutes: 10, note: '', details: '', blurb: '', reflect: [] };
  const seen = new Set<string>();
  for (const tag of tags) {
    const [name, value] = splitTag(tag);
    if (value === null || value === '') {
      problems.push(`global tag #${tag} has no value`);
      continue;
    }
    if (name !== 'reflect' && seen.has(name)) problems.push(`global tag ${name} appears twice`);
    seen.add(name);
    switch (name) {
      case 'id':
        if (/^[a-z0-9]+(-[a-z0-9]+)*$/.test(value)) meta.id = value;
        else problems.push(`id "${value}" is not kebab-case`);
        break;
      case 'title':
        meta.title = value;
        break;
      case 'form':
        if (isOneOf(FORMS, value)) meta.form = value;
        else problems.push(`unknown form "${value}"`);
        break;
      case 'minutes': {
        const n = Number(value);
        if (Number.isInteger(n) && n > 0) meta.minutes = n;
        else problems.push(`minutes "${value}" is not a whole number`);
        break;
      }
      case 'note':
        meta.note = value;
        break;
      case 'details':
        meta.details = value;
        break;
      case 'blurb':
        meta.blurb = value;
        break;
      case 'reflect':
        meta.reflect.push(value);
        break;
      default:
        problems.push(`unknown global tag #${tag}`);
    }
  }
  for (const required of ['id', 'title', 'form', 'note'] as const) {
    if (!seen.has(required)) problems.push(`missing global tag # ${required}:`);
  }
  return { meta, problems };
}
