// The screens about kept runs: the library (with import and export), the path map and
// the comparison of two runs. The app hands in what they need to show screens and to
// start or reopen runs; what is stored (labels, deletes, imports) the play director
// decides. These screens never touch a story session themselves.

import type { ScenarioEntry } from '../core/catalog.ts';
import type { Lang, RunRecord } from '../core/run-record.ts';
import { type StoryMap, withName } from '../core/story-map.ts';
import type { PlayDirector } from '../runs/play-director.ts';
import { runFile, runKey } from '../runs/run-file.ts';
import { compareView } from './compare-view.ts';
import { download, focusReturn } from './dom.ts';
import type { Dict } from './i18n/index.ts';
import { libraryView } from './library-view.ts';
import type { Notify } from './notices.ts';
import { layoutMap } from './path-map-layout.ts';
import { mapOrientation, pathMapView } from './path-map-view.ts';

export interface RunScreensContext {
  t: () => Dict;
  lang: () => Lang;
  scenarios: readonly ScenarioEntry[];
  director: PlayDirector;
  /** Show a screen; `focus` false leaves focus where it is (a picker that changed). */
  show: (screen: HTMLElement, focus?: boolean) => void;
  /** What a language switch redraws. */
  setRerender: (rerender: () => void) => void;
  notice: Notify;
  /** Reopen a run (of a scenario that still exists). */
  open: (run: RunRecord, entry: ScenarioEntry) => void;
  duplicate: (run: RunRecord, entry: ScenarioEntry) => void;
  showMenu: () => void;
}

const sameRun = (a: RunRecord, b: RunRecord) => runKey(a) === runKey(b);

export function runScreens(c: RunScreensContext) {
  const entryOf = (run: RunRecord) => c.director.entryOf(run);
  const withEntry = (run: RunRecord, act: (run: RunRecord, entry: ScenarioEntry) => void) => {
    const entry = entryOf(run);
    if (entry) act(run, entry);
  };
  const dateFormat = () =>
    new Intl.DateTimeFormat(c.lang() === 'nl' ? 'nl-NL' : 'en-GB', { dateStyle: 'medium', timeStyle: 'short' }).format;
  const maps = new Map<string, Promise<StoryMap | null>>();
  const loadMap = (entry: ScenarioEntry) => {
    const key = `${entry.lang}/${entry.id}`;
    let map = maps.get(key);
    if (!map) {
      map = (entry.loadMap?.() ?? Promise.reject(new Error('no map')))
        .then((module) => module.default)
        .catch(() => {
          maps.delete(key);
          return null;
        });
      maps.set(key, map);
    }
    return map;
  };

  const allRuns = () => c.director.allRuns();
  /** Runs of the same scenario and language as this one. */
  async function siblings(run: RunRecord): Promise<RunRecord[]> {
    const runs = await allRuns().catch(() => [run]);
    const same = runs.filter((r) => r.scenarioId === run.scenarioId && r.lang === run.lang);
    return same.some((r) => sameRun(r, run)) ? same.map((r) => (sameRun(r, run) ? run : r)) : [run, ...same];
  }

  async function showLibrary() {
    c.setRerender(() => void showLibrary());
    const t = c.t();
    let runs: RunRecord[] = [];
    try {
      runs = await allRuns();
    } catch {
      c.notice(t.runs.savingOff);
    }
    c.show(
      libraryView({
        t,
        runs,
        entryOf,
        formatDate: dateFormat(),
        onOpen: (run) => withEntry(run, c.open),
        onDuplicate: (run) => withEntry(run, c.duplicate),
        onLabel: (run, label) => void c.director.label(run, label),
        onDelete: (run) => {
          void c.director.delete(run).then((undo) => {
            c.notice(t.library.deleted, { label: t.library.undo, action: () => void undo().then(() => showLibrary()) });
            return showLibrary();
          });
        },
        onExport: (list) => {
          const name = list.length === 1 ? `dichtbij-run-${list[0]?.scenarioId}.json` : 'dichtbij-runs.json';
          download(name, runFile(list, Date.now()));
        },
        onImport: (file) => void importFile(file),
        onMap: (run) => void showMap(run),
        onCompare: (run) => void compareWithPrevious(run, showLibrary),
        onMenu: c.showMenu,
      }),
    );
  }

  async function importFile(file: File) {
    const t = c.t();
    const text = await file.text().catch(() => '');
    const outcome = await c.director.importFile(text);
    if (!outcome.ok) {
      c.notice(outcome.problem === 'storage' ? t.runs.savingOff : t.library.importProblems[outcome.problem]);
      return;
    }
    c.notice(t.library.imported(outcome.runs.length, outcome.duplicates));
    if (outcome.unknownScenarios.length > 0) c.notice(t.library.importUnknown(outcome.unknownScenarios.join(', ')));
    await showLibrary();
  }

  /** The path map of a run's scenario, with that run's path drawn. */
  async function showMap(run: RunRecord, back: () => void | Promise<void> = () => showLibrary()) {
    const entry = entryOf(run);
    if (!entry) return;
    const refocus = focusReturn();
    c.setRerender(() => void showMap(run, back));
    const [map, runs] = await Promise.all([loadMap(entry), siblings(run)]);
    const t = c.t();
    if (!map) {
      c.notice(t.map.unavailable);
      return;
    }
    const draw = (selected: RunRecord | null, focus = true) =>
      c.show(
        pathMapView({
          t,
          meta: entry.meta,
          map,
          runs,
          selected,
          formatDate: dateFormat(),
          orientation: mapOrientation(),
          onSelect: (next) => {
            c.setRerender(() => draw(next));
            const keep = focusReturn();
            draw(next, false);
            keep();
          },
          onBack: async () => {
            await back();
            refocus();
          },
        }),
        focus,
      );
    draw(run);
  }

  /** Compare a run with the one played before it (its parent when it is a branch). */
  async function compareWithPrevious(run: RunRecord, back: () => void | Promise<void>) {
    const refocus = focusReturn();
    const runs = await siblings(run);
    const parent = run.parent && runs.find((r) => r.startedAt === run.parent?.startedAt && r.seed === run.parent.seed);
    const earlier = runs.filter((r) => r !== run && r.startedAt < run.startedAt).sort((x, y) => y.startedAt - x.startedAt)[0];
    const other = parent ?? earlier ?? runs.find((r) => r !== run);
    if (!other) {
      c.notice(c.t().compare.needTwo);
      return;
    }
    await showCompare(other, run, async () => {
      await back();
      refocus();
    });
  }

  /** `keep` is the picker that changed: it keeps focus while the screen is drawn anew. */
  async function showCompare(a: RunRecord, b: RunRecord, back: () => void, keep?: () => void) {
    const entry = entryOf(b);
    if (!entry) return;
    c.setRerender(() => void showCompare(a, b, back));
    const [map, runs] = await Promise.all([loadMap(entry), siblings(b)]);
    const name = b.lovedOne.name;
    const numbers = map ? new Map(layoutMap(map, 'horizontal').nodes.map((n) => [n.id, n.number])) : null;
    c.show(
      compareView({
        t: c.t(),
        meta: entry.meta,
        a,
        b,
        runs: runs.some((r) => r === a) ? runs : [a, ...runs],
        formatDate: dateFormat(),
        pointLabel: (pointId) => {
          const point = map?.points[pointId];
          const number = numbers?.get(pointId);
          return point && number ? { number, label: withName(point.label, name) } : null;
        },
        onPick: (x, y) => void showCompare(x, y, back, focusReturn()),
        onBack: back,
      }),
      !keep,
    );
    keep?.();
  }

  return { showLibrary, showMap, compareWithPrevious };
}
