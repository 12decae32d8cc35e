// Lays a scenario's path map out in layers (pure; no DOM): each choice point sits one
// layer after the furthest point that leads to it, endings share the last layer, and
// points within a layer are ordered near the points they come from, so lines cross less.
import type { EndingType } from '../core/protocol.ts';
import { edgeTarget, type MapEdge, type StoryMap } from '../core/story-map.ts';

export type Orientation = 'horizontal' | 'vertical';

export interface LaidNode {
  id: string;
  type: 'point' | 'ending';
  ending: EndingType | null;
  /** Reading-order number of a point (1-based); 0 for endings. */
  number: number;
  layer: number;
  x: number;
  y: number;
}

export interface LaidLink {
  from: string;
  to: string;
  /** The options that take this way (one line may stand for several answers). */
  edges: MapEdge[];
}

export interface MapLayout {
  nodes: LaidNode[];
  links: LaidLink[];
  width: number;
  height: number;
}

const ENDING_ORDER: readonly EndingType[] = ['safety', 'fragile', 'fear', 'burnout'];

export function layoutMap(map: StoryMap, orientation: Orientation): MapLayout {
  const ids = Object.keys(map.points);
  const linkByKey = new Map<string, LaidLink>();
  for (const edge of map.edges) {
    // A moment that comes back to itself (a loop in ink) is not a way forward on the map.
    if (edge.to === edge.from) continue;
    const key = `${edge.from}>${edgeTarget(edge)}`;
    const link = linkByKey.get(key) ?? { from: edge.from, to: edgeTarget(edge), edges: [] };
    link.edges.push(edge);
    linkByKey.set(key, link);
  }
  const links = [...linkByKey.values()];
  const endings = ENDING_ORDER.filter((e) => map.edges.some((edge) => edge.to === null && edge.ending === e));

  // Longest distance from a start (the graph has no loops: the story check forbids them).
  const layer = new Map<string, number>();
  const incoming = (id: string) => links.filter((l) => l.to === id).map((l) => l.from);
  const depth = (id: string, seen: Set<string>): number => {
    const known = layer.get(id);
    if (known !== undefined) return known;
    if (seen.has(id)) return 0;
    seen.add(id);
    const d = Math.max(-1, ...incoming(id).map((p) => depth(p, seen))) + 1;
    layer.set(id, d);
    return d;
  };
  for (const id of ids) depth(id, new Set());
  const lastLayer = Math.max(0, ...layer.values()) + 1;

  const layers: string[][] = Array.from({ length: lastLayer + 1 }, () => []);
  const byStart = [...ids].sort((a, b) => (a === map.start ? -1 : b === map.start ? 1 : 0));
  for (const id of byStart) layers[layer.get(id) ?? 0]?.push(id);
  layers[lastLayer] = endings.map((e) => `end:${e}`);

  // Two sweeps of the barycentre heuristic: order each layer by where its parents sit.
  for (let sweep = 0; sweep < 2; sweep++) {
    for (let l = 1; l < lastLayer; l++) {
      const previous = new Map<string, number>();
      layers.slice(0, l).forEach((ids) => {
        ids.forEach((id, i) => {
          previous.set(id, (i + 0.5) / ids.length);
        });
      });
      const centre = (id: string) => {
        const from = incoming(id)
          .map((p) => previous.get(p))
          .filter((v) => v !== undefined);
        return from.length ? from.reduce((a, b) => a + b, 0) / from.length : 0.5;
      };
      layers[l]?.sort((a, b) => centre(a) - centre(b));
    }
  }

  const nodes: LaidNode[] = [];
  const across = Math.max(...layers.map((ids) => ids.length));
  const STEP_ALONG = orientation === 'horizontal' ? 120 : 84;
  const STEP_ACROSS = orientation === 'horizontal' ? 76 : 78;
  const MARGIN = 44;
  let number = 1;
  layers.forEach((ids, l) => {
    ids.forEach((id, i) => {
      const along = MARGIN + l * STEP_ALONG;
      // Centre each layer across the widest one.
      const acrossPos = MARGIN + (i + (across - ids.length) / 2) * STEP_ACROSS;
      const ending = id.startsWith('end:') ? (id.slice(4) as EndingType) : null;
      nodes.push({
        id,
        type: ending ? 'ending' : 'point',
        ending,
        number: ending ? 0 : number++,
        layer: l,
        x: orientation === 'horizontal' ? along : acrossPos,
        y: orientation === 'horizontal' ? acrossPos : along,
      });
    });
  });
  const alongSize = 2 * MARGIN + lastLayer * STEP_ALONG;
  const acrossSize = 2 * MARGIN + (across - 1) * STEP_ACROSS;
  return {
    nodes,
    links,
    width: orientation === 'horizontal' ? alongSize : acrossSize,
    height: orientation === 'horizontal' ? acrossSize : alongSize,
  };
}
