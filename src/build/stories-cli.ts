// `npm run stories`: check every scenario and print a per-scenario report.
// Exit code 1 when any rule is broken (or nothing was found), so CI and authors see it.
import { resolve } from 'node:path';
import { METER_NAMES } from '../core/meters.ts';
import { ENDINGS, KINDS } from '../core/protocol.ts';
import { type CheckReport, type StoryReport, totalProblems } from './story-check.ts';
import { checkAllStoriesInParallel } from './story-check-pool.ts';
import { type LessonsReport, lessonsAcross, RULES } from './story-lessons.ts';

// `npm run stories` checks everything; `npm run stories -- <id> [<id>…]` only those scenarios.
const ids = process.argv.slice(2);
const storiesDir = resolve('stories');
const report = await checkAllStoriesInParallel(storiesDir, { only: ids.length ? (id) => ids.includes(id) : undefined });
printReport(report);
process.exitCode = totalProblems(report) === 0 && report.stories.length > 0 ? 0 : 1;

function printReport(r: CheckReport) {
  const ids = [...new Set(r.stories.map((s) => s.id))];
  for (const id of ids) {
    console.log(`\n■ ${id}`);
    for (const s of r.stories.filter((x) => x.id === id)) printStory(s);
    for (const p of r.crossProblems.filter((x) => x.id === id)) console.log(`  ✗ ${p.message}`);
    if (!r.crossProblems.some((x) => x.id === id)) console.log('  ✓ nl and en have the same structure');
  }
  printAcross(r);
  for (const p of r.crossProblems.filter((x) => x.id === '*')) console.log(`  ✗ ${p.message}`);
  const problems = totalProblems(r);
  const langs = new Set(r.stories.map((s) => s.lang)).size;
  console.log(
    `\n${ids.length} scenarios × ${langs} languages, ${r.stories.length} files, ${problems} problem${problems === 1 ? '' : 's'}, ${(r.ms / 1000).toFixed(1)} s`,
  );
}

function printStory(s: StoryReport) {
  const title = s.meta ? `"${s.meta.title}" (${s.meta.form}, ${s.meta.minutes} min)` : '';
  console.log(`  [${s.lang}] ${title}`);
  const res = s.result;
  if (res) {
    const st = res.stats;
    const endings = ENDINGS.map((e) => `${e} ${st.endings[e] ?? 0}`).join(', ');
    const kinds = KINDS.filter((k) => res.kinds[k])
      .map((k) => `${k} ${res.kinds[k]}`)
      .join(', ');
    const ranges = METER_NAMES.map((m) => `${m} ${res.meterRange[m][0]}-${res.meterRange[m][1]}`).join(', ');
    const options = Object.entries(res.optionCounts)
      .map(([n, c]) => `${c}×${n}`)
      .join(', ');
    console.log(`    choice points ${res.choicePoints} (situations ${res.states}), per path ${st.minPoints}-${st.maxPoints}`);
    console.log(`    paths ${st.paths}; endings: ${endings}`);
    console.log(`    options per point: ${options}`);
    console.log(`    kinds offered: ${kinds}`);
    console.log(`    meters: ${ranges}`);
    console.log(`    words: ${s.words} in the script, ${st.minWords}-${st.maxWords} on a path`);
    console.log(
      `    explored: ${res.segments.run} stretches run by ink, ${res.segments.replayed} replayed; model functions run ${res.functionRuns.runner} times without the engine, ${res.functionRuns.engine} with it`,
    );
    for (const v of s.variants) {
      console.log(`    with ${v.label}: per path ${v.stats.minPoints}-${v.stats.maxPoints}, paths ${v.stats.paths}`);
    }
    if (res.lessons) printLessons(res.lessons);
  }
  for (const p of s.problems) console.log(`    ✗ ${p.where ? `${p.where}: ` : ''}${p.message}`);
  if (s.problems.length === 0) console.log(`    ✓ no problems (${Math.round(s.ms)} ms)`);
}

function pct(p: number | undefined): string {
  return `${Math.round((p ?? 0) * 100)}%`;
}

function printLessons(l: LessonsReport) {
  const rules = RULES.map((rule) => `${rule} → ${l.rules[rule].join('/') || 'nothing'}`).join('; ');
  console.log(`    lessons: fixed rules can reach: ${rules}`);
  const random = ENDINGS.map((e) => `${e} ${pct(l.random[e])}`).join(', ');
  console.log(`      random player: ${random}`);
  if (l.best) {
    const b = l.best;
    console.log(
      `      best path: ${b.ending}, trust ${b.finalTrust}, reached after choice ${b.levelAt} of ${b.points}; last two choices ${b.lastTwoMove ? 'still move a meter' : 'move nothing'}`,
    );
  }
  console.log(`      care raises alarm first at ${l.careRaisesAlarm} choice points; pays off later at ${l.payoffs}`);
  console.log(
    `      burnout needs at least ${l.minAppeaseToBurnout ?? '-'} appeasing choices; caring option longest at ${l.caringLongest[0]} of ${l.caringLongest[1]} points; options naming a time: ${l.timeOptions.caring} caring, ${l.timeOptions.other} other`,
  );
}

function printAcross(r: CheckReport) {
  const stories = r.stories.map((s) => ({ id: s.id, lang: s.lang, lessons: s.result?.lessons ?? null }));
  if (new Set(stories.map((s) => s.id)).size < 2) return;
  console.log('\nFixed rules across scenarios (a rule must miss safety in at least two):');
  for (const { lang, rule, fails } of lessonsAcross(stories)) {
    console.log(`  [${lang}] ${rule}: misses safety in ${fails.length} (${fails.join(', ') || 'none'})`);
  }
}
