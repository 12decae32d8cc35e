// The meters the game reads from the ink model after every choice (DESIGN.md, "Variables").
import { type ChoiceKind, KINDS, LOW_RESERVE } from './protocol.ts';

export const METER_NAMES = ['alarm', 'trust', 'reserve', 'cycle'] as const;
export type MeterName = (typeof METER_NAMES)[number];
export type Meters = Record<MeterName, number>;

export const ZERO_METERS: Meters = { alarm: 0, trust: 0, reserve: 0, cycle: 0 };

/** Anything that can answer `get(name)` for an ink variable (the story's variablesState). */
export interface VariableReader {
  get(name: string): unknown;
}

export function readMeters(vars: VariableReader): Meters {
  const meters = { ...ZERO_METERS };
  for (const name of METER_NAMES) {
    const value = vars.get(name);
    meters[name] = typeof value === 'number' && Number.isFinite(value) ? value : 0;
  }
  return meters;
}

/** `last_kind` is an ink LIST value; its string form is the item's name. */
export function readLastKind(vars: VariableReader): ChoiceKind | null {
  const raw = String(vars.get('last_kind') ?? '').trim();
  const name = raw.includes('.') ? raw.slice(raw.lastIndexOf('.') + 1) : raw;
  return (KINDS as readonly string[]).includes(name) ? (name as ChoiceKind) : null;
}

export function meterDelta(before: Meters, after: Meters): Meters {
  return {
    alarm: after.alarm - before.alarm,
    trust: after.trust - before.trust,
    reserve: after.reserve - before.reserve,
    cycle: after.cycle - before.cycle,
  };
}

export type BlockReason = 'low-reserve';

/** Attuned options are crossed out when the player has nothing left to give. */
export function blockReason(kind: ChoiceKind, meters: Meters): BlockReason | null {
  return kind === 'attune' && meters.reserve <= LOW_RESERVE ? 'low-reserve' : null;
}
