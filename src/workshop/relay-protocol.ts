// The workshop relay's wire protocol: JSON text frames over one WebSocket at `/relay`,
// shared by the Node relay (src/server), the phone page (src/join) and the facilitator's
// browser (relay-client.ts). Every frame is checked against these schemas on arrival, on
// both sides: the network is never trusted, and nothing from it is ever rendered as HTML.
//
// Roles: the first frame of a connection says who it is. A facilitator sends `host` with a
// secret only their browser knows (a reconnect with the same secret resumes the room); a
// phone sends `join` with the room code and, after a reconnect, the token the relay gave it
// (so it keeps its one vote). Only the facilitator's connection may open, close, reveal,
// choose, advance, ask, approve or end.
import * as v from 'valibot';
import type { Lang } from '../core/run-record.ts';

export const RELAY_PATH = '/relay';
/** The phone page's address on the relay; the room code goes in `?room=`. */
export const JOIN_PATH = '/join';
/** A GET here answers `{ relay: true, version }` when the game is served by the relay. */
export const RELAY_INFO_PATH = '/relay-info';
export const PROTOCOL_VERSION = 1;

/** Unambiguous capitals: no vowels (no words), no I/O/0/1 look-alikes. */
export const ROOM_CODE_ALPHABET = 'BCDFGHJKLMNPQRSTVWXZ';
export const ROOM_CODE_LENGTH = 6;

export const LIMITS = {
  /** Bytes of one frame from a phone; the facilitator's may carry a round's texts. */
  phoneFrame: 1024,
  facilitatorFrame: 16 * 1024,
  options: 8,
  optionText: 600,
  prompt: 600,
  question: 300,
  answer: 140,
  roundId: 120,
  /** Answers kept for one question; past it a phone hears `answers-full`, and so does the facilitator. */
  answersPerQuestion: 200,
} as const;

export type RelayLang = Lang;
export type RoundPhase = 'open' | 'closed' | 'revealed';
export const ERROR_CODES = [
  'bad-message',
  'too-big',
  'rate-limited',
  'not-allowed',
  'unknown-room',
  'room-full',
  'room-ended',
  'too-many-rooms',
  'no-round',
  'round-closed',
  'bad-option',
  'no-question',
  'already-answered',
  'replaced',
  // Added for rooms that hold (issue 15).
  'answers-full',
  'too-many-connections',
  'busy',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

const text = (max: number) => v.pipe(v.string(), v.maxLength(max));
const oneLine = (max: number) => v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(max), v.regex(/^[^\p{Cc}]*$/u));
const index = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(LIMITS.options - 1));
const count = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(100_000));
const lang = v.picklist(['nl', 'en'] as const);
const roundId = v.pipe(v.string(), v.minLength(1), v.maxLength(LIMITS.roundId));
const id = v.pipe(v.string(), v.regex(/^[a-z0-9-]{1,40}$/));
const secret = v.pipe(v.string(), v.regex(/^[A-Za-z0-9_-]{32,128}$/));
const token = v.pipe(v.string(), v.regex(/^[A-Za-z0-9_-]{16,64}$/));
const roomCode = v.pipe(v.string(), v.regex(new RegExp(`^[${ROOM_CODE_ALPHABET}]{${ROOM_CODE_LENGTH}}$`)));

const OptionSchema = v.strictObject({ index, text: text(LIMITS.optionText), disabled: v.optional(v.boolean()) });
export type RoundOption = v.InferOutput<typeof OptionSchema>;

/** The pieces the relay's saved rooms are checked with (src/server/room-snapshot.ts). */
export const SCHEMA_PARTS = { index, count, id, token, roomCode, roundId, text, OptionSchema } as const;

// ---- Facilitator → relay ----
const HostSchema = v.strictObject({ t: v.literal('host'), secret, lang });
const JoinSchema = v.strictObject({ t: v.literal('join'), room: roomCode, token: v.optional(token) });

export const FacilitatorMessageSchema = v.variant('t', [
  HostSchema,
  v.strictObject({
    t: v.literal('open'),
    roundId,
    prompt: text(LIMITS.prompt),
    options: v.pipe(v.array(OptionSchema), v.minLength(1), v.maxLength(LIMITS.options)),
  }),
  v.strictObject({ t: v.literal('close') }),
  /** Show the counts to the phones; hand counts (votes by hands) are added to the phones'. */
  v.strictObject({ t: v.literal('reveal'), handCounts: v.optional(v.pipe(v.array(count), v.maxLength(LIMITS.options))) }),
  v.strictObject({ t: v.literal('choose'), index, overridden: v.boolean() }),
  /** Clear the round from the phones: the room watches the consequences. */
  v.strictObject({ t: v.literal('advance') }),
  v.strictObject({ t: v.literal('ask'), questionId: id, text: oneLine(LIMITS.question) }),
  v.strictObject({ t: v.literal('end-question') }),
  v.strictObject({ t: v.literal('approve'), id }),
  /** Approves the answers the facilitator has seen (by id), not ones that arrived since. */
  v.strictObject({ t: v.literal('approve-all'), ids: v.pipe(v.array(id), v.maxLength(LIMITS.answersPerQuestion)) }),
  /** Turns an answer down before it is shown, or takes an approved one off the screens. */
  v.strictObject({ t: v.literal('reject'), id }),
  v.strictObject({ t: v.literal('end') }),
  /** The facilitator paused the room (the grounding exercise): phones show it too. */
  v.strictObject({ t: v.literal('pause'), paused: v.boolean() }),
]);
export type FacilitatorMessage = v.InferOutput<typeof FacilitatorMessageSchema>;

// ---- Phone → relay ----
export const PhoneMessageSchema = v.variant('t', [
  JoinSchema,
  v.strictObject({ t: v.literal('vote'), roundId, index }),
  v.strictObject({ t: v.literal('answer'), questionId: id, text: oneLine(LIMITS.answer) }),
]);
export type PhoneMessage = v.InferOutput<typeof PhoneMessageSchema>;

/** A connection's first frame decides its role, so the relay checks it against both. */
export const FirstMessageSchema = v.variant('t', [HostSchema, JoinSchema]);

// ---- Relay → facilitator ----
const RoundStateSchema = v.strictObject({
  roundId,
  phase: v.picklist(['open', 'closed', 'revealed'] as const),
  counts: v.array(count),
  voters: count,
  chosen: v.nullable(index),
  /** The facilitator chose against the majority (or without a vote). */
  overridden: v.boolean(),
});
export type RoundState = v.InferOutput<typeof RoundStateSchema>;

const AnswerSchema = v.strictObject({ id, questionId: id, text: text(LIMITS.answer), approved: v.boolean() });
export type RelayAnswer = v.InferOutput<typeof AnswerSchema>;

const QuestionSchema = v.strictObject({ questionId: id, text: text(LIMITS.question) });

export const RelayToFacilitatorSchema = v.variant('t', [
  v.strictObject({
    t: v.literal('room'),
    code: roomCode,
    joinUrl: text(300),
    resumed: v.boolean(),
    participants: count,
    round: v.nullable(RoundStateSchema),
    question: v.nullable(QuestionSchema),
    answers: v.array(AnswerSchema),
  }),
  v.strictObject({ t: v.literal('tally'), roundId, counts: v.array(count), voters: count, participants: count }),
  v.strictObject({ t: v.literal('presence'), participants: count }),
  v.strictObject({ t: v.literal('answer'), id, questionId: id, text: text(LIMITS.answer) }),
  v.strictObject({ t: v.literal('error'), code: v.picklist(ERROR_CODES), detail: v.optional(text(300)) }),
]);
export type RelayToFacilitator = v.InferOutput<typeof RelayToFacilitatorSchema>;

// ---- Relay → phone: the whole view each time, so a reconnect simply repaints ----
const PhoneRoundSchema = v.strictObject({
  roundId,
  prompt: text(LIMITS.prompt),
  options: v.array(OptionSchema),
  phase: v.picklist(['open', 'closed', 'revealed'] as const),
  myVote: v.nullable(index),
  /** Only after the reveal. */
  counts: v.nullable(v.array(count)),
  chosen: v.nullable(index),
  overridden: v.boolean(),
});
export type PhoneRound = v.InferOutput<typeof PhoneRoundSchema>;

export const RelayToPhoneSchema = v.variant('t', [
  v.strictObject({
    t: v.literal('view'),
    token,
    lang,
    round: v.nullable(PhoneRoundSchema),
    question: v.nullable(v.strictObject({ questionId: id, text: text(LIMITS.question), answered: v.boolean() })),
    approved: v.array(v.strictObject({ id, text: text(LIMITS.answer) })),
    /** The facilitator has paused the room. */
    paused: v.boolean(),
  }),
  v.strictObject({ t: v.literal('ended') }),
  v.strictObject({ t: v.literal('error'), code: v.picklist(ERROR_CODES) }),
]);
export type RelayToPhone = v.InferOutput<typeof RelayToPhoneSchema>;
export type PhoneView = Extract<RelayToPhone, { t: 'view' }>;

/** Parses one frame against a schema: the value, or null for anything malformed. */
export function parseFrame<T>(schema: v.GenericSchema<unknown, T>, raw: unknown): T | null {
  if (typeof raw !== 'string') return null;
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return null;
  }
  const result = v.safeParse(schema, value);
  return result.success ? result.output : null;
}

export function isRoomCode(value: string): boolean {
  return v.is(roomCode, value);
}

/** Forgiving entry of a code typed on a phone: case and spaces don't matter. */
export function normalizeRoomCode(value: string): string {
  return value.toUpperCase().replace(/[^A-Z]/g, '');
}
