// What a relay keeps of a live room so a restarted relay can resume it: the code, a hash of
// the facilitator's secret (never the secret), the phones' random tokens with the questions
// each has answered, the current round with each token's vote, the current question and its
// answers. No names, no addresses. Checked on load like anything from outside.
import * as v from 'valibot';
import { LIMITS, SCHEMA_PARTS } from '../workshop/relay-protocol.ts';

const SNAPSHOT_VERSION = 1;
const { index, count, id, token, roomCode, roundId, text, OptionSchema } = SCHEMA_PARTS;

export const RoomSnapshotSchema = v.strictObject({
  v: v.literal(SNAPSHOT_VERSION),
  code: roomCode,
  lang: v.picklist(['nl', 'en'] as const),
  /** SHA-256 of the facilitator's secret, hex: enough to recognise it, useless to present. */
  secretHash: v.pipe(v.string(), v.regex(/^[0-9a-f]{64}$/)),
  lastActivity: v.number(),
  phones: v.array(v.strictObject({ token, answered: v.array(id) })),
  round: v.nullable(
    v.strictObject({
      roundId,
      prompt: text(LIMITS.prompt),
      options: v.array(OptionSchema),
      votes: v.array(v.tuple([token, index])),
      open: v.boolean(),
      phase: v.picklist(['open', 'closed', 'revealed'] as const),
      shownCounts: v.nullable(v.array(count)),
      chosen: v.nullable(index),
      overridden: v.boolean(),
    }),
  ),
  question: v.nullable(v.strictObject({ questionId: id, text: text(LIMITS.question) })),
  answers: v.array(v.strictObject({ id, questionId: id, text: text(LIMITS.answer), approved: v.boolean() })),
  answerCounter: count,
});
export type RoomSnapshot = v.InferOutput<typeof RoomSnapshotSchema>;

export { SNAPSHOT_VERSION };

/** A saved room, or null for anything that is not one (a torn or foreign file). */
export function parseSnapshot(raw: string): RoomSnapshot | null {
  try {
    const result = v.safeParse(RoomSnapshotSchema, JSON.parse(raw));
    return result.success ? result.output : null;
  } catch {
    return null;
  }
}
