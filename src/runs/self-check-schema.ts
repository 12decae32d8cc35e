// The shape of a kept self-check, checked whenever one is read back or imported.
import * as v from 'valibot';
import { LANGS } from '../core/run-record.ts';
import type { SelfCheck } from '../core/self-check.ts';
import { LEVELS, SELF_CHECK_ITEMS } from '../core/self-check-items.ts';

const time = v.pipe(v.number(), v.finite(), v.minValue(0));
const level = v.picklist(LEVELS);
const Answers = v.strictObject(
  Object.fromEntries(SELF_CHECK_ITEMS.map((item) => [item, v.optional(level)])) as Record<
    (typeof SELF_CHECK_ITEMS)[number],
    v.OptionalSchema<typeof level, undefined>
  >,
);
const Moment = v.nullable(v.strictObject({ at: time, answers: Answers }));

export const SelfCheckSchema = v.strictObject({
  startedAt: time,
  lang: v.picklist(LANGS),
  before: Moment,
  after: Moment,
  later: Moment,
});

export function parseSelfCheck(value: unknown): SelfCheck | null {
  const result = v.safeParse(SelfCheckSchema, value);
  return result.success ? (result.output as SelfCheck) : null;
}
