// The path map of a scenario: every choice point and how each option leads on, as the
// exhaustive explorer finds it at build time. Here, too, what a run's path is on it and
// how often each option was picked across runs.
import type { ChoiceKind, EndingType } from './protocol.ts';
import type { RunRecord } from './run-record.ts';

/** One edge of the map: from a choice point, by an option, to the next point or an ending. */
export interface MapEdge {
  from: string;
  optionId: string;
  optionIndex: number;
  kind: ChoiceKind;
  text: string;
  /** The next choice point, or null when the option ends the scenario. */
  to: string | null;
  ending: EndingType | null;
}

export interface MapPoint {
  /** The `#discuss` question of the point, else the first line of story before it. */
  label: string;
  options: number;
}

export interface StoryMap {
  start: string;
  points: Record<string, MapPoint>;
  edges: MapEdge[];
}

/** The map is explored with this in place of the loved one's name. */
export const MAP_NAME = '{name}';

export function withName(text: string, name: string): string {
  return text.split(MAP_NAME).join(name);
}

/** Where an edge arrives: a point id, or `end:<ending>`. */
export function edgeTarget(edge: Pick<MapEdge, 'to' | 'ending'>): string {
  return edge.to ?? `end:${edge.ending ?? 'none'}`;
}

/** The key that counts picks of one option at one point. */
export const optionKey = (pointId: string, optionId: string) => `${pointId}|${optionId}`;

/** A run's walk over the map: each step from its point to the next point (or its ending). */
export function runPath(run: Pick<RunRecord, 'steps' | 'ending'>): { from: string; optionId: string; target: string }[] {
  return run.steps.map((step, i) => {
    const next = run.steps[i + 1];
    const target = next ? next.pointId : run.ending ? `end:${run.ending}` : '';
    return { from: step.pointId, optionId: step.optionId, target };
  });
}

/** How often each option was picked across these runs (of one scenario and language). */
export function pickCounts(runs: readonly Pick<RunRecord, 'steps'>[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const run of runs) {
    for (const step of run.steps) {
      const key = optionKey(step.pointId, step.optionId);
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
  }
  return counts;
}

/** The options of a point, once each, in the order ink offers them. */
export function optionsAt(map: StoryMap, pointId: string): MapEdge[] {
  const seen = new Set<string>();
  return map.edges
    .filter((e) => e.from === pointId)
    .sort((a, b) => a.optionIndex - b.optionIndex)
    .filter((e) => {
      if (seen.has(e.optionId)) return false;
      seen.add(e.optionId);
      return true;
    });
}
