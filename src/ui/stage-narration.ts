// What the stage shows, said in words. The canvas is hidden from assistive technology, so
// every meaningful change it draws (place and time, the loved one's pose, the distance
// between the figures, the alarm and reserve glows, the trust thread, the phone) gets a
// short sentence here. Pure: no DOM, no Phaser; it reads the same state the stage does.
import type { Meters } from '../core/meters.ts';
import type { Place, Pose, StageCue, TimeOfDay } from '../core/protocol.ts';
import type { LovedOne } from '../core/run-record.ts';
import { figureDistance } from '../core/stage-state.ts';
import type { Dict } from './i18n/index.ts';

export interface StageView {
  place: Place;
  time: TimeOfDay;
  pose: Pose;
  meters: Meters;
}

/** Figures closer or further apart by less than this (in stage pixels) is not worth saying. */
const DISTANCE_STEP = 20;

/** One sentence from clauses: "The distance grows; the thread thins." */
function sentence(clauses: string[]): string | null {
  if (clauses.length === 0) return null;
  const text = clauses.join('; ');
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}

/**
 * The sentences that describe going from `before` to `after`, in the order the eye
 * would catch them: a new place, then the loved one's pose, then what moved between you.
 * Empty when nothing visible changed.
 */
export function narrateStage(t: Dict, who: LovedOne, before: StageView, after: StageView): string[] {
  const lines: string[] = [];
  if (before.place !== after.place || before.time !== after.time) {
    lines.push(t.stage.scene(t.stage.places[after.place], t.stage.times[after.time]));
  }
  if (before.pose !== after.pose) lines.push(t.stage.poses[after.pose](who.name));

  const n = t.narration;
  const clauses: string[] = [];
  const gap = figureDistance(after.meters.alarm, after.meters.trust) - figureDistance(before.meters.alarm, before.meters.trust);
  if (gap >= DISTANCE_STEP) clauses.push(n.further);
  else if (gap <= -DISTANCE_STEP) clauses.push(n.closer);
  const them = n.object[who.pronoun];
  const moved = (meter: 'alarm' | 'trust' | 'reserve') => Math.sign(after.meters[meter] - before.meters[meter]);
  if (moved('alarm') > 0) clauses.push(n.alarmUp(them));
  if (moved('alarm') < 0) clauses.push(n.alarmDown(them));
  if (moved('trust') > 0) clauses.push(n.trustUp);
  if (moved('trust') < 0) clauses.push(n.trustDown);
  if (moved('reserve') > 0) clauses.push(n.reserveUp);
  if (moved('reserve') < 0) clauses.push(n.reserveDown);
  const between = sentence(clauses);
  if (between) lines.push(between);
  return lines;
}

/** A one-off staging cue (a flinch, a message read and unanswered) in words. */
export function narrateCue(t: Dict, who: LovedOne, cue: StageCue): string {
  return t.narration.cues[cue](who.name);
}
