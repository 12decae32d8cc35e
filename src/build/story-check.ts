// Checks every scenario in stories/ against the story protocol (DESIGN.md, "Quality
// bars"): compiles, explores every path, applies the rules, and compares nl with en.
// Used by `npm run stories` and by the story tests, so both always agree.
import { readdirSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { CARRY_OVER } from '../core/carry-over.ts';
import type { EndingType } from '../core/protocol.ts';
import { LANGS, type Lang } from '../core/run-record.ts';
import { parseGlobalTags, type ScenarioMeta } from '../core/tags.ts';
import { compileInkFile, formatProblem, InkCompileError } from './ink-compile.ts';
import { type ExploreResult, exploreStory, type PathStats, type StoryProblem } from './story-explorer.ts';
import { LESSON_BARS, lessonProblems, lessonsAcross } from './story-lessons.ts';

export const MIN_POINTS_PER_PATH = 6;
export const REQUIRED_ENDINGS: readonly EndingType[] = ['safety', 'fear'];
export const MIN_ENDINGS = 3;

export interface StoryReport {
  id: string;
  lang: Lang;
  file: string;
  meta: ScenarioMeta | null;
  result: ExploreResult | null;
  /** Path stats with carried-over variables set (e.g. the rupture of the repair scenario). */
  variants: { label: string; stats: PathStats }[];
  words: number;
  problems: StoryProblem[];
  ms: number;
}

export interface CheckReport {
  stories: StoryReport[];
  /** Problems between the languages of one scenario. */
  crossProblems: { id: string; message: string }[];
  ms: number;
}

export function scenarioFiles(storiesDir: string): { id: string; lang: Lang; file: string }[] {
  const files: { id: string; lang: Lang; file: string }[] = [];
  for (const lang of LANGS) {
    let names: string[] = [];
    try {
      names = readdirSync(join(storiesDir, lang));
    } catch {
      continue;
    }
    for (const name of names.sort()) {
      if (!name.endsWith('.ink') || name.startsWith('_')) continue;
      files.push({ id: basename(name, '.ink'), lang, file: join(storiesDir, lang, name) });
    }
  }
  return files;
}

export function checkStory(file: string, id: string, lang: Lang): StoryReport {
  const started = performance.now();
  const report: StoryReport = { id, lang, file, meta: null, result: null, variants: [], words: 0, problems: [], ms: 0 };
  const add = (message: string, where: string | null = relative(process.cwd(), file)) => report.problems.push({ message, where });
  try {
    const compiled = compileInkFile(file);
    for (const w of compiled.warnings) add(`compiler warning: ${w.message}`, formatProblem(w).split(': ')[0] ?? null);
    const { meta, problems } = parseGlobalTags(compiled.globalTags);
    report.meta = meta;
    for (const p of problems) add(p);
    if (meta.id && meta.id !== id) add(`# id: ${meta.id} does not match the file name ${id}.ink`);
    const carry = CARRY_OVER[id];
    const result = exploreScenario(compiled.json, id, { locate: compiled.locate });
    report.result = result;
    report.problems.push(...result.problems);
    report.words = countScriptWords(compiled.json);
    if (result.stats.minPoints < MIN_POINTS_PER_PATH) {
      add(`a path has only ${result.stats.minPoints} choice points (at least ${MIN_POINTS_PER_PATH} on every path)`);
    }
    const reached = Object.keys(result.stats.endings) as EndingType[];
    for (const ending of REQUIRED_ENDINGS) {
      if (!reached.includes(ending)) add(`the ${ending} ending is never reached`);
    }
    if (reached.length < MIN_ENDINGS) add(`only ${reached.length} different endings (at least ${MIN_ENDINGS})`);
    if (result.lessons) for (const p of lessonProblems(result.lessons, result.meterRange.trust[1])) add(`lesson: ${p}`);
    if (carry) {
      result.variantStats.forEach((stats, i) => {
        const label = `${carry.variable}=${carry.values[i]}`;
        report.variants.push({ label, stats });
        if (stats.minPoints < MIN_POINTS_PER_PATH) {
          add(`[${label}] a path has only ${stats.minPoints} choice points (at least ${MIN_POINTS_PER_PATH} on every path)`);
        }
      });
    }
  } catch (err) {
    if (err instanceof InkCompileError) {
      for (const p of err.problems) add(`${p.severity}: ${p.message}`, formatProblem(p).split(`: ${p.severity}`)[0] ?? null);
    } else {
      add(`could not check: ${err instanceof Error ? err.message : String(err)}`);
    }
  }
  report.ms = performance.now() - started;
  return report;
}

/** Explore a scenario from every start it can have (a carried-over value is another start). */
export function exploreScenario(
  json: string,
  id: string,
  options: { locate?: (path: string) => string | null; variables?: Record<string, string> } = {},
): ExploreResult {
  const carry = CARRY_OVER[id];
  // Carried-over starts share the explorer's memory: they mostly meet the same situations.
  const variants = carry ? carry.values.map((value) => ({ [carry.variable]: value })) : [];
  return exploreStory(json, { ...options, variants });
}

/** Problems between the languages of each scenario: missing files, different structure. */
export function compareLanguages(stories: readonly StoryReport[]): CheckReport['crossProblems'] {
  const crossProblems: CheckReport['crossProblems'] = [];
  const ids = [...new Set(stories.map((s) => s.id))];
  for (const id of ids) {
    const byLang = new Map(stories.filter((s) => s.id === id).map((s) => [s.lang, s]));
    for (const lang of LANGS) {
      if (!byLang.has(lang)) crossProblems.push({ id, message: `missing in ${lang}: stories/${lang}/${id}.ink` });
    }
    const nl = byLang.get('nl');
    const en = byLang.get('en');
    if (!nl?.result || !en?.result) continue;
    if (nl.meta?.form !== en.meta?.form) crossProblems.push({ id, message: `form differs: nl ${nl.meta?.form}, en ${en.meta?.form}` });
    if (nl.meta?.minutes !== en.meta?.minutes) crossProblems.push({ id, message: 'minutes differ between nl and en' });
    const diff = firstDifference(nl.result.structure, en.result.structure);
    if (diff !== null) {
      crossProblems.push({
        id,
        message: `nl and en differ in structure at step ${diff}: nl "${nl.result.structure[diff] ?? '(nothing)'}", en "${en.result.structure[diff] ?? '(nothing)'}" (situation|option|kind|next)`,
      });
    }
  }
  const withLessons = stories.map((s) => ({ id: s.id, lang: s.lang, lessons: s.result?.lessons ?? null }));
  for (const { lang, rule, fails } of lessonsAcross(withLessons)) {
    if (fails.length < LESSON_BARS.minScenariosWhereRuleFails && ids.length >= 6)
      crossProblems.push({
        id: '*',
        message: `lesson: [${lang}] the fixed rule "${rule}" misses safety in only ${fails.length} scenarios (${fails.join(', ') || 'none'}); it must miss it in at least ${LESSON_BARS.minScenariosWhereRuleFails}`,
      });
  }
  return crossProblems;
}

function firstDifference(a: readonly string[], b: readonly string[]): number | null {
  const n = Math.max(a.length, b.length);
  for (let i = 0; i < n; i++) if (a[i] !== b[i]) return i;
  return null;
}

/** Words of all text in the compiled story (every branch once). */
function countScriptWords(json: string): number {
  let words = 0;
  const walk = (node: unknown): void => {
    if (typeof node === 'string') {
      if (node.startsWith('^')) words += node.slice(1).split(/\s+/).filter(Boolean).length;
    } else if (Array.isArray(node)) {
      // Tag text sits between the "#" and "/#" control commands; it is not prose.
      let inTag = false;
      for (const child of node) {
        if (child === '#') inTag = true;
        else if (child === '/#') inTag = false;
        else if (!inTag) walk(child);
      }
    } else if (node && typeof node === 'object') {
      for (const [key, value] of Object.entries(node)) if (key !== '#' && key !== 'listDefs') walk(value);
    }
  };
  walk(JSON.parse(json));
  return words;
}

export function totalProblems(report: CheckReport): number {
  return report.stories.reduce((n, s) => n + s.problems.length, 0) + report.crossProblems.length;
}
