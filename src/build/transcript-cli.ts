// `npm run transcript -- <id> <lang> [--pronoun she|he|they] [--name Noa] [--rule R | --path 1,3,2,…]`
// Plays one path of a scenario and prints what a player reads: every line with its role, each
// answer with its kind and the meters after it, then the ending. For authors and fresh readers:
// read a caring, a tempting, an appeasing and a mixed path with each pronoun before a change lands.
// Rules: caring (attune, else boundary, else repair), boundary, appease, tempting (personalize,
// pursue or label), longest, first; --path picks options by their number on screen (1-based,
// among the open ones) and falls back on the rule once it runs out.
import { resolve } from 'node:path';
import type { ChoiceKind } from '../core/protocol.ts';
import type { Pronoun } from '../core/run-record.ts';
import { StorySession } from '../core/story-session.ts';
import { compileInkFile } from './ink-compile.ts';

const [id, lang = 'en', ...rest] = process.argv.slice(2);
const flag = (name: string) => {
  const i = rest.indexOf(`--${name}`);
  return i >= 0 ? rest[i + 1] : undefined;
};
if (!id || (lang !== 'en' && lang !== 'nl')) {
  console.error('usage: npm run transcript -- <scenario-id> <en|nl> [--pronoun she|he|they] [--name N] [--rule R] [--path 1,2,…]');
  process.exit(2);
}
const pronoun = (flag('pronoun') ?? 'they') as Pronoun;
const rule = flag('rule') ?? 'first';
const path = (flag('path') ?? '').split(',').filter(Boolean).map(Number);
const PREFER: Record<string, ChoiceKind[]> = {
  caring: ['attune', 'boundary', 'repair'],
  boundary: ['boundary'],
  appease: ['appease'],
  tempting: ['personalize', 'pursue', 'label'],
};

const { json } = compileInkFile(resolve('stories', lang, `${id}.ink`));
const session = StorySession.create({
  bundle: { scenarioId: id, lang, json, hash: 'transcript' },
  lovedOne: { name: flag('name') ?? 'Noa', pronoun },
  seed: 1,
});
session.on('beat', (beat) => {
  const who = beat.role === 'narration' ? '' : `(${beat.role}${beat.speaker ? `:${beat.speaker}` : ''}) `;
  if (beat.text) console.log(`${who}${beat.text}`);
});
session.start();
for (let step = 0; session.choicePoint; step++) {
  const open = session.choicePoint.options.filter((o) => !o.blocked);
  const crossed = session.choicePoint.options.filter((o) => o.blocked);
  console.log('');
  for (const [i, o] of open.entries()) console.log(`   ${i + 1}. ${o.text}   [${o.kind}]`);
  for (const o of crossed) console.log(`   x. ${o.text}   [${o.kind}, crossed out]`);
  const wanted = path[step];
  const byPath = wanted ? open[wanted - 1] : undefined;
  const byKind = (PREFER[rule] ?? []).map((k) => open.find((o) => o.kind === k)).find(Boolean);
  const longest = rule === 'longest' ? [...open].sort((a, b) => b.text.length - a.text.length)[0] : undefined;
  const pick = byPath ?? byKind ?? longest ?? open[0];
  if (!pick) throw new Error('no open option');
  console.log(`> ${pick.text}   [${pick.kind}]`);
  session.choose(pick.index);
  const m = session.record.steps.at(-1)?.after;
  console.log(`  → alarm ${m?.alarm}, trust ${m?.trust}, reserve ${m?.reserve}, rounds ${m?.cycle}\n`);
}
console.log(`\n= ending: ${session.record.ending}`);
