// The shape of a stored run record, checked whenever one is read back: storage can hold
// anything (an older version, a half-written record, another tab's garbage).
import * as v from 'valibot';
import { METER_NAMES } from '../core/meters.ts';
import { ENDINGS, KINDS } from '../core/protocol.ts';
import { LANGS, PRONOUNS, type RunRecord } from '../core/run-record.ts';

const meter = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(1000));
export const MetersSchema = v.strictObject(
  Object.fromEntries(METER_NAMES.map((m) => [m, meter])) as Record<(typeof METER_NAMES)[number], typeof meter>,
);
const text = (max: number) => v.pipe(v.string(), v.maxLength(max));
const time = v.pipe(v.number(), v.finite());

const Step = v.strictObject({
  pointId: text(200),
  choiceIndex: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(20)),
  optionId: text(200),
  text: text(2000),
  kind: v.picklist(KINDS),
  before: MetersSchema,
  after: MetersSchema,
  inner: v.pipe(v.array(text(2000)), v.maxLength(20)),
  at: time,
});

export const RunRecordSchema = v.strictObject({
  scenarioId: v.pipe(v.string(), v.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/), v.maxLength(80)),
  lang: v.picklist(LANGS),
  storyHash: text(64),
  seed: v.pipe(v.number(), v.integer()),
  startedAt: time,
  lovedOne: v.strictObject({ name: v.pipe(v.string(), v.minLength(1), v.maxLength(40)), pronoun: v.picklist(PRONOUNS) }),
  variables: v.record(v.pipe(v.string(), v.maxLength(40)), v.union([text(200), v.number()])),
  initialMeters: MetersSchema,
  steps: v.pipe(v.array(Step), v.maxLength(200)),
  ending: v.nullable(v.picklist(ENDINGS)),
  endedAt: v.nullable(time),
  label: v.optional(text(80)),
  parent: v.nullable(
    v.strictObject({ startedAt: time, seed: v.pipe(v.number(), v.integer()), step: v.pipe(v.number(), v.integer(), v.minValue(0)) }),
  ),
});

export type ParsedRun = { ok: true; record: RunRecord } | { ok: false; problem: string };

export function parseRunRecord(value: unknown): ParsedRun {
  const result = v.safeParse(RunRecordSchema, value);
  if (result.success) return { ok: true, record: result.output as RunRecord };
  const issue = result.issues[0];
  const path = issue?.path?.map((p) => String(p.key)).join('.') ?? '';
  return { ok: false, problem: `${path ? `${path}: ` : ''}${issue?.message ?? 'not a run'}` };
}
