// Paths through a scenario found with the story core (in Node, before the browser clicks
// them like a person): one path to each ending the explorer finds, and one to a moment
// with a crossed-out option. Random plays with a fixed seed, so the paths are the same
// every run.
import { resolve } from 'node:path';
import { compileInkFile } from '../../src/build/ink-compile.ts';
import { exploreScenario } from '../../src/build/story-check.ts';
import type { EndingType } from '../../src/core/protocol.ts';
import { StorySession } from '../../src/core/story-session.ts';
import { ROOT } from './server.ts';

export interface EndingPath {
  ending: EndingType;
  /** Option index (0-based, among all offered) at each choice point. */
  picks: number[];
  /** The text of the ending's own passage: the lines after the last choice. */
  lastPassage: string[];
}

function randomFrom(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function session(id: string, lang: 'nl' | 'en') {
  const { json } = compileInkFile(resolve(ROOT, 'stories', lang, `${id}.ink`));
  const play = StorySession.create({
    bundle: { scenarioId: id, lang, json, hash: '' },
    lovedOne: { name: 'Sam', pronoun: 'they' },
    seed: 1,
  });
  play.start();
  return { play, json };
}

/** One path to every ending of the scenario (as many as the explorer finds). */
export function pathsToEndings(id: string, lang: 'nl' | 'en'): EndingPath[] {
  const { json } = session(id, lang);
  const endings = new Set(exploreScenario(json, id).map.edges.flatMap((e) => (e.ending ? [e.ending] : [])));
  const found = new Map<EndingType, EndingPath>();
  const random = randomFrom(7);
  for (let attempt = 0; attempt < 3000 && found.size < endings.size; attempt++) {
    const { play } = session(id, lang);
    const picks: number[] = [];
    while (play.choicePoint) {
      const open = play.choicePoint.options.filter((o) => !o.blocked);
      const pick = open[Math.floor(random() * open.length)];
      if (!pick) break;
      picks.push(pick.index);
      play.choose(pick.index);
    }
    const ending = play.record.ending;
    if (!ending || found.has(ending)) continue;
    const log = play.log;
    const lastChoice = log.map((e) => e.type).lastIndexOf('choice');
    const lastPassage = log.slice(lastChoice + 1).flatMap((e) => (e.type === 'beat' ? [e.beat.text] : []));
    found.set(ending, { ending, picks, lastPassage });
  }
  if (found.size < endings.size) throw new Error(`${id}: found ${[...found.keys()]} of ${[...endings]}`);
  return [...found.values()];
}

/** Picks that lead to a choice point offering a crossed-out option (and that option's index). */
export function pathToCrossedOut(id: string, lang: 'nl' | 'en'): { picks: number[]; crossed: number } {
  const random = randomFrom(11);
  for (let attempt = 0; attempt < 3000; attempt++) {
    const { play } = session(id, lang);
    const picks: number[] = [];
    while (play.choicePoint) {
      const crossed = play.choicePoint.options.find((o) => o.blocked);
      if (crossed) return { picks, crossed: crossed.index };
      const open = play.choicePoint.options.filter((o) => !o.blocked);
      const pick = open[Math.floor(random() * open.length)];
      if (!pick) break;
      picks.push(pick.index);
      play.choose(pick.index);
    }
  }
  throw new Error(`${id}: no path reaches a crossed-out option`);
}
