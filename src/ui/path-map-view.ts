// The path map screen: every choice point and ending of a scenario (found at build time
// by the story explorer), the chosen run's path drawn bold, what it never reached faint,
// and per option how often the player's runs took it. The drawing is a picture; the
// list under it says the same in words and is what the keyboard and screen readers use.

import type { RunRecord } from '../core/run-record.ts';
import { edgeTarget, optionKey, optionsAt, pickCounts, runPath, type StoryMap, withName } from '../core/story-map.ts';
import type { ScenarioMeta } from '../core/tags.ts';
import { h, svg } from './dom.ts';
import type { Dict } from './i18n/index.ts';
import { type LaidNode, layoutMap, type MapLayout, type Orientation } from './path-map-layout.ts';

export interface PathMapOptions {
  t: Dict;
  meta: ScenarioMeta;
  map: StoryMap;
  /** Every kept run of this scenario in this language (for pick counts and the picker). */
  runs: readonly RunRecord[];
  /** The run whose path is drawn, if any. */
  selected: RunRecord | null;
  formatDate: (time: number) => string;
  /** Phones get a top-to-bottom map. */
  orientation: Orientation;
  onSelect: (run: RunRecord | null) => void;
  onBack: () => void;
}

const NODE_R = 17;

/** Phones get the map top to bottom. */
export function mapOrientation(): Orientation {
  return window.matchMedia('(max-width: 40rem)').matches ? 'vertical' : 'horizontal';
}

type MapPartsOptions = Pick<PathMapOptions, 't' | 'map' | 'runs' | 'selected' | 'orientation'>;

/** The drawing, its one-line summary and the map in words, for a full screen or a slot. */
function mapParts(o: MapPartsOptions): { picture: SVGElement; summary: string; words: HTMLElement } {
  const { t, map, selected } = o;
  const layout = layoutMap(map, o.orientation);
  const numberOf = new Map(layout.nodes.map((n) => [n.id, n.number]));
  const name = selected?.lovedOne.name ?? o.runs[0]?.lovedOne.name ?? 'Sam';
  const path = selected ? runPath(selected) : [];
  const visited = new Set(path.flatMap((p) => [p.from, p.target]));
  const walked = new Set(path.map((p) => `${p.from}>${p.target}`));
  const chosen = new Set(path.map((p) => optionKey(p.from, p.optionId)));
  const counts = pickCounts(o.runs);
  const linkCounts = new Map<string, number>();
  for (const run of o.runs) {
    for (const p of runPath(run)) linkCounts.set(`${p.from}>${p.target}`, (linkCounts.get(`${p.from}>${p.target}`) ?? 0) + 1);
  }
  const endingTitle = (id: string) => {
    const ending = id.slice(4) as keyof Dict['endings'];
    return t.endings[ending]?.title ?? ending;
  };

  const points = layout.nodes.filter((n) => n.type === 'point').length;
  const endings = layout.nodes.length - points;
  const summary = t.map.summary(points, endings, selected?.steps.length ?? 0, selected?.ending ? t.endings[selected.ending].title : null);

  const endingShort = (id: string) => t.map.endingShort[id.slice(4) as keyof Dict['endings']] ?? id.slice(4);
  const picture = drawMap(layout, { visited, walked, linkCounts, hasRun: selected !== null, endingTitle, endingShort, summary });
  picture.addEventListener('click', (event) => {
    const node = (event.target as Element).closest('[data-node]');
    const item = node && document.getElementById(`map-point-${node.getAttribute('data-node-number')}`);
    if (item) {
      item.focus();
      item.scrollIntoView({ block: 'nearest' });
    }
  });

  const words = h(
    'ol',
    { class: 'map-words' },
    ...layout.nodes
      .filter((n) => n.type === 'point')
      .map((node) => {
        const reached = !selected || visited.has(node.id);
        const options = optionsAt(map, node.id).map((edge) => {
          const targets = [...new Set(map.edges.filter((e) => e.from === node.id && e.optionId === edge.optionId).map(edgeTarget))];
          const leads = targets
            .map((target) => (target.startsWith('end:') ? t.map.endsIn(endingTitle(target)) : t.map.leadsTo(numberOf.get(target) ?? 0)))
            .join(t.map.or);
          const key = optionKey(node.id, edge.optionId);
          const mine = chosen.has(key);
          return h(
            'li',
            { class: mine ? 'map-option is-chosen' : 'map-option', 'data-option': key, 'data-picks': counts.get(key) ?? 0 },
            h('span', { class: 'map-option-text' }, withName(edge.text, name)),
            h(
              'span',
              { class: 'hint' },
              ` ${t.map.kinds[edge.kind]} · ${leads} · ${t.map.picked(counts.get(key) ?? 0)}`,
              mine ? h('strong', {}, ` · ${t.map.thisRun}`) : null,
            ),
          );
        });
        return h(
          'li',
          { id: `map-point-${node.number}`, tabindex: -1, class: reached ? 'map-point' : 'map-point unreached', 'data-point': node.id },
          h(
            'h4',
            {},
            `${t.map.moment(node.number)}: `,
            h('span', { class: 'map-label' }, withName(map.points[node.id]?.label ?? '', name)),
          ),
          reached ? null : h('p', { class: 'hint' }, t.map.notReached),
          h('ul', { role: 'list' }, ...options),
        );
      }),
  );
  return { picture, summary, words };
}

/** The map alone (drawing and words), for a slot in another screen: the workshop's debrief. */
export function pathMapFigure(o: MapPartsOptions): HTMLElement {
  const { picture, summary, words } = mapParts(o);
  return h(
    'div',
    { class: `path-map-figure ${o.orientation}`, 'data-orientation': o.orientation },
    h('figure', { class: 'map-figure' }, picture, h('figcaption', {}, summary)),
    h('details', {}, h('summary', {}, o.t.map.inWords), words),
  );
}

export function pathMapView(o: PathMapOptions): HTMLElement {
  const { t, selected } = o;
  const { picture, summary, words } = mapParts(o);
  const picker = h('select', { id: 'map-run', 'data-action': 'map-run' });
  picker.append(h('option', { value: '' }, t.map.noRun));
  o.runs.forEach((run, i) => {
    const ending = run.ending ? t.endings[run.ending].title : t.library.unfinished;
    const option = h('option', { value: String(i) }, t.map.runOption(o.formatDate(run.startedAt), ending, run.label ?? ''));
    if (run === selected) option.selected = true;
    picker.append(option);
  });
  picker.addEventListener('change', () => o.onSelect(o.runs[Number(picker.value)] ?? null));

  return h(
    'section',
    { class: `screen path-map ${o.orientation}`, 'aria-labelledby': 'map-heading', 'data-orientation': o.orientation },
    h('h2', { id: 'map-heading' }, t.map.heading(o.meta.title)),
    h('p', { class: 'intro' }, t.map.intro),
    o.runs.length > 0 ? h('p', { class: 'map-picker' }, h('label', { for: 'map-run' }, t.map.showing), ' ', picker) : null,
    h(
      'ul',
      { class: 'map-legend', role: 'list' },
      h('li', { class: 'legend-path' }, t.map.legendPath),
      h('li', { class: 'legend-other' }, t.map.legendOther),
      h('li', { class: 'legend-picks' }, t.map.legendPicks),
    ),
    h('figure', { class: 'map-figure' }, picture, h('figcaption', { class: 'visually-hidden' }, summary)),
    h('h3', {}, t.map.inWords),
    words,
    h('div', { class: 'actions' }, h('button', { type: 'button', 'data-action': 'back', onclick: o.onBack }, t.map.back)),
  );
}

interface DrawState {
  visited: Set<string>;
  walked: Set<string>;
  linkCounts: Map<string, number>;
  hasRun: boolean;
  endingTitle: (id: string) => string;
  endingShort: (id: string) => string;
  summary: string;
}

function drawMap(layout: MapLayout, s: DrawState): SVGElement {
  const byId = new Map(layout.nodes.map((n) => [n.id, n]));
  const picture = svg('svg', {
    viewBox: `0 0 ${layout.width} ${layout.height}`,
    class: 'map-svg',
    role: 'img',
    'aria-label': s.summary,
    width: layout.width,
    height: layout.height,
  });
  const lines = svg('g', { class: 'map-links' });
  const badges = svg('g', { class: 'map-badges' });
  for (const link of layout.links) {
    const from = byId.get(link.from);
    const to = byId.get(link.to);
    if (!from || !to) continue;
    const key = `${link.from}>${link.to}`;
    const onPath = s.walked.has(key);
    const d = curve(from, to, layout.width > layout.height);
    lines.append(svg('path', { d, class: onPath ? 'link on-path' : s.hasRun ? 'link off-path' : 'link', 'data-link': key }));
    const picks = s.linkCounts.get(key) ?? 0;
    if (picks > 0) {
      const mx = (from.x + to.x) / 2;
      const my = (from.y + to.y) / 2;
      badges.append(
        svg('rect', { x: mx - 13, y: my - 9, width: 26, height: 17, rx: 8, class: onPath ? 'badge on-path' : 'badge' }),
        svg('text', { x: mx, y: my + 4, 'text-anchor': 'middle', class: 'badge-text' }, `×${picks}`),
      );
    }
  }
  const nodes = svg('g', { class: 'map-nodes' });
  for (const node of layout.nodes) nodes.append(drawNode(node, s));
  picture.append(lines, badges, nodes);
  return picture;
}

function drawNode(node: LaidNode, s: DrawState): SVGElement {
  const reached = !s.hasRun || s.visited.has(node.id);
  const state = s.hasRun ? (s.visited.has(node.id) ? ' on-path' : ' off-path') : '';
  const g = svg('g', {
    class: `node node-${node.type}${state}${reached ? '' : ' unreached'}`,
    'data-node': node.id,
    'data-node-number': node.number,
  });
  if (node.type === 'point') {
    g.append(
      svg('circle', { cx: node.x, cy: node.y, r: NODE_R }),
      svg('text', { x: node.x, y: node.y + 5, 'text-anchor': 'middle' }, String(node.number)),
    );
  } else {
    // Endings are squares with their name, so they differ from moments by more than colour.
    const title = s.endingTitle(node.id);
    g.classList.add(`ending-${node.ending}`);
    g.append(
      svg('rect', { x: node.x - NODE_R, y: node.y - NODE_R, width: NODE_R * 2, height: NODE_R * 2, rx: 4 }),
      svg('text', { x: node.x, y: node.y + NODE_R + 16, 'text-anchor': 'middle', class: 'ending-label' }, s.endingShort(node.id)),
      svg('title', {}, title),
    );
  }
  return g;
}

/** A gentle S-curve between two nodes, leaving and arriving along the map's direction. */
function curve(from: LaidNode, to: LaidNode, horizontal: boolean): string {
  const bend = horizontal ? (to.x - from.x) / 2 : (to.y - from.y) / 2;
  const c1 = horizontal ? `${from.x + bend},${from.y}` : `${from.x},${from.y + bend}`;
  const c2 = horizontal ? `${to.x - bend},${to.y}` : `${to.x},${to.y - bend}`;
  return `M${from.x},${from.y} C${c1} ${c2} ${to.x},${to.y}`;
}
