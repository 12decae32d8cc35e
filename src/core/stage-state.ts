// What the stage shows at any moment, as a pure reduction of the beats so far. A stage
// that arrives late (Phaser loads after the menu) or a resumed run starts from this.
import type { Meters } from './meters.ts';
import type { Place, Pose, TimeOfDay } from './protocol.ts';
import type { Beat } from './tags.ts';

export interface StageState {
  place: Place;
  time: TimeOfDay;
  pose: Pose;
  chapter: string | null;
  meters: Meters;
}

export function initialStageState(meters: Meters): StageState {
  return { place: 'living-room', time: 'evening', pose: 'calm', chapter: null, meters };
}

export function applyBeat(state: StageState, beat: Beat): StageState {
  if (!beat.place && !beat.time && !beat.pose && !beat.chapter) return state;
  return {
    ...state,
    place: beat.place ?? state.place,
    time: beat.time ?? state.time,
    pose: beat.pose ?? state.pose,
    chapter: beat.chapter ?? state.chapter,
  };
}

/**
 * Distance between the two figures' centres on stage: pushed apart by alarm, drawn
 * together by trust. Here (not in the stage) so that words can describe the same motion.
 */
export function figureDistance(alarm: number, trust: number): number {
  return Math.max(150, Math.min(520, 240 + alarm * 26 - trust * 14));
}
