// What a scenario teaches, measured over every path (issue #13, CONTENT.md "The model"): that no
// fixed rule wins, that care can make things look worse before it helps, that trust grows
// slowly, and that burnout is a pattern. The explorer folds these per situation as it plays
// every path; this file holds the rules and the folding, so the explorer stays about exploring.
import type { Meters } from '../core/meters.ts';
import type { ChoiceKind, EndingType } from '../core/protocol.ts';
import type { StoryMap } from '../core/story-map.ts';

/** Fixed-rule players: each picks by a rule that ignores the situation. */
export const RULES = ['caring', 'boundary', 'longest', 'names-time'] as const;
export type Rule = (typeof RULES)[number];

/** The caring kinds, in the order the caring player prefers them. */
export const CARING: readonly ChoiceKind[] = ['attune', 'boundary', 'repair'];
const ENDING_ORDER: readonly EndingType[] = ['burnout', 'fear', 'fragile', 'safety'];

/** An option that names a time or a return, in English or Dutch ("back by nine", "om negen uur"). */
const NAMES_TIME =
  /\b(tomorrow|tonight|this evening|o'clock|minutes?|hours?|an hour|later|(be|come|coming|get|call you|text you|ring you) back|back (by|at|in|before|later)|at (one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|noon|midnight)|morgen|vanavond|vannacht|straks|uur|kwartier|minuten|terug\w*|om (een|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|half)|\d{1,2}[:.]\d\d|\d{1,2} ?(am|pm))\b/i;

export function namesTime(text: string): boolean {
  return NAMES_TIME.test(text);
}

export interface OptionView {
  kind: ChoiceKind;
  text: string;
}

/**
 * The options (by position in `options`) a fixed-rule player may pick. Where its rule offers
 * nothing, the boundary and names-time players fall back on the caring order (they are caring
 * players with a habit), and every player falls back on any option; ties are all kept, so a
 * rule "reaches" an ending when any play that follows it does.
 */
export function ruleChoices(rule: Rule, options: readonly OptionView[]): number[] {
  const all = options.map((_, i) => i);
  const where = (test: (o: OptionView) => boolean) => all.filter((i) => test(options[i] as OptionView));
  const caring = () => {
    for (const kind of CARING) {
      const picked = where((o) => o.kind === kind);
      if (picked.length) return picked;
    }
    return [];
  };
  let picked: number[] = [];
  if (rule === 'caring') picked = caring();
  else if (rule === 'boundary') picked = where((o) => o.kind === 'boundary');
  else if (rule === 'names-time') picked = where((o) => namesTime(o.text));
  else {
    const longest = Math.max(...options.map((o) => o.text.length));
    picked = where((o) => o.text.length === longest);
  }
  if (!picked.length && rule !== 'longest') picked = caring();
  return picked.length ? picked : all;
}

/** The best continuation from a situation: by ending, then final trust, then calm. */
export interface BestPath {
  ending: EndingType;
  /** Trust after each remaining choice. */
  trust: number[];
  /** Whether each remaining choice moved a meter. */
  moved: boolean[];
  finalAlarm: number;
}

/** What the rest of the story holds from one situation, folded over every path. */
export interface Lessons {
  /** Per rule, a bit per ending (ENDING_ORDER) that the rule's player can reach. */
  rules: Record<Rule, number>;
  /** The chance of each ending for a player who picks uniformly at random. */
  random: Partial<Record<EndingType, number>>;
  best: BestPath | null;
  /** Fewest appeasing choices on a path from here that ends in burnout (Infinity: none). */
  minAppeaseToBurnout: number;
}

/** One open option at a situation: what it is, what it did, and what follows it. */
export interface Step {
  option: OptionView;
  before: Meters;
  after: Meters;
  /** The rest after this option, or null when it ends the story. */
  rest: Lessons | null;
  ending: EndingType | null;
}

const bit = (e: EndingType) => 1 << ENDING_ORDER.indexOf(e);

function leaf(ending: EndingType | null): Lessons {
  const rules = Object.fromEntries(RULES.map((r) => [r, ending ? bit(ending) : 0])) as Record<Rule, number>;
  return { rules, random: ending ? { [ending]: 1 } : {}, best: null, minAppeaseToBurnout: ending === 'burnout' ? 0 : Infinity };
}

function better(a: BestPath, b: BestPath | null): boolean {
  if (!b) return true;
  const rank = ENDING_ORDER.indexOf(a.ending) - ENDING_ORDER.indexOf(b.ending);
  if (rank !== 0) return rank > 0;
  const trust = (a.trust.at(-1) ?? 0) - (b.trust.at(-1) ?? 0);
  if (trust !== 0) return trust > 0;
  return a.finalAlarm < b.finalAlarm;
}

function moved(before: Meters, after: Meters): boolean {
  return before.alarm !== after.alarm || before.trust !== after.trust || before.reserve !== after.reserve || before.cycle !== after.cycle;
}

/** Fold the open options of one situation into its Lessons. */
export function foldLessons(steps: readonly Step[]): Lessons {
  const options = steps.map((s) => s.option);
  const rests = steps.map((s) => s.rest ?? leaf(s.ending));
  const rules = Object.fromEntries(
    RULES.map((rule) => [rule, ruleChoices(rule, options).reduce((mask, i) => mask | (rests[i]?.rules[rule] ?? 0), 0)]),
  ) as Record<Rule, number>;
  const random: Partial<Record<EndingType, number>> = {};
  for (const rest of rests)
    for (const [e, p] of Object.entries(rest.random) as [EndingType, number][]) random[e] = (random[e] ?? 0) + p / rests.length;
  let best: BestPath | null = null;
  let minAppeaseToBurnout = Infinity;
  steps.forEach((step, i) => {
    const rest = rests[i] as Lessons;
    const self = moved(step.before, step.after);
    const tail = rest.best;
    const ending = tail?.ending ?? step.ending;
    if (ending) {
      const candidate: BestPath = {
        ending,
        trust: [step.after.trust, ...(tail?.trust ?? [])],
        moved: [self, ...(tail?.moved ?? [])],
        finalAlarm: tail?.finalAlarm ?? step.after.alarm,
      };
      if (better(candidate, best)) best = candidate;
    }
    minAppeaseToBurnout = Math.min(minAppeaseToBurnout, rest.minAppeaseToBurnout + (step.option.kind === 'appease' ? 1 : 0));
  });
  return { rules, random, best, minAppeaseToBurnout };
}

export function endingsOf(mask: number): EndingType[] {
  return ENDING_ORDER.filter((e) => mask & bit(e));
}

/** The lessons of a scenario, as the report prints them and the checks judge them. */
export interface LessonsReport {
  rules: Record<Rule, EndingType[]>;
  random: Partial<Record<EndingType, number>>;
  best: { ending: EndingType; finalTrust: number; points: number; levelAt: number; lastTwoMove: boolean } | null;
  /** Choice points where a caring answer makes alarm rise first. */
  careRaisesAlarm: number;
  /** Choice points right after which an earlier caring answer pays off (the model's `landed`). */
  payoffs: number;
  minAppeaseToBurnout: number | null;
  /** Choice points whose longest option is a caring one, of all choice points. */
  caringLongest: [number, number];
  /** Options that name a time or a return: caring ones, and others. */
  timeOptions: { caring: number; other: number };
}

export function summarizeLessons(
  start: Lessons,
  moments: { careRaisesAlarm: ReadonlySet<string>; payoffs: ReadonlySet<string> },
  map: StoryMap,
): LessonsReport {
  const rules = Object.fromEntries(RULES.map((r) => [r, endingsOf(start.rules[r])])) as Record<Rule, EndingType[]>;
  const b = start.best;
  let best: LessonsReport['best'] = null;
  if (b) {
    const final = b.trust.at(-1) ?? 0;
    // The choice after which trust stays at its final level for the rest of the path.
    let levelAt = b.trust.length;
    while (levelAt > 1 && b.trust[levelAt - 2] === final) levelAt--;
    best = { ending: b.ending, finalTrust: final, points: b.trust.length, levelAt, lastTwoMove: b.moved.slice(-2).some(Boolean) };
  }
  const options = new Map<string, OptionView[]>();
  const seen = new Set<string>();
  const timeOptions = { caring: 0, other: 0 };
  for (const edge of map.edges) {
    const id = `${edge.from}|${edge.optionId}`;
    if (seen.has(id)) continue;
    seen.add(id);
    const list = options.get(edge.from) ?? [];
    list.push({ kind: edge.kind, text: edge.text });
    options.set(edge.from, list);
    if (namesTime(edge.text)) timeOptions[CARING.includes(edge.kind) ? 'caring' : 'other']++;
  }
  let caringLongest = 0;
  for (const list of options.values()) {
    const longest = Math.max(...list.map((o) => o.text.length));
    if (list.some((o) => o.text.length === longest && CARING.includes(o.kind))) caringLongest++;
  }
  return {
    rules,
    random: start.random,
    best,
    careRaisesAlarm: moments.careRaisesAlarm.size,
    payoffs: moments.payoffs.size,
    minAppeaseToBurnout: Number.isFinite(start.minAppeaseToBurnout) ? start.minAppeaseToBurnout : null,
    caringLongest: [caringLongest, options.size],
    timeOptions,
  };
}

export const LESSON_BARS = {
  /** At most this share of choice points may have a caring longest option. */
  maxCaringLongestShare: 0.4,
  minCareRaisesAlarm: 2,
  minPayoffs: 2,
  minAppeaseForBurnout: 3,
  /** Each fixed rule must miss safety in at least this many scenarios (per language). */
  minScenariosWhereRuleFails: 2,
} as const;

/** Problems of one scenario's lessons (the cross-scenario rule check is in lessonsAcross). */
export function lessonProblems(l: LessonsReport, maxTrust: number): string[] {
  const problems: string[] = [];
  const [longest, points] = l.caringLongest;
  if (points > 0 && longest / points > LESSON_BARS.maxCaringLongestShare)
    problems.push(`the caring option is the longest at ${longest} of ${points} choice points (at most 40%)`);
  if (l.careRaisesAlarm < LESSON_BARS.minCareRaisesAlarm)
    problems.push(`a caring answer raises alarm first at only ${l.careRaisesAlarm} choice points (at least 2)`);
  if (l.payoffs < LESSON_BARS.minPayoffs)
    problems.push(`an earlier caring answer pays off later at only ${l.payoffs} moments (at least 2)`);
  if (l.minAppeaseToBurnout !== null && l.minAppeaseToBurnout < LESSON_BARS.minAppeaseForBurnout)
    problems.push(`burnout after only ${l.minAppeaseToBurnout} appeasing choices on some path (at least 3)`);
  if (maxTrust >= 10) problems.push('trust reaches the top of its scale (10) within one scenario');
  if (l.best && !l.best.lastTwoMove) problems.push('on the best path the last two choices move no meter');
  if (l.timeOptions.other === 0) problems.push('only caring options name a time or a return');
  return problems;
}

/** Per language, the scenarios in which each fixed rule never reaches safety. */
export function lessonsAcross(stories: readonly { id: string; lang: string; lessons: LessonsReport | null }[]) {
  const out: { lang: string; rule: Rule; fails: string[]; wins: string[] }[] = [];
  for (const lang of [...new Set(stories.map((s) => s.lang))]) {
    for (const rule of RULES) {
      const mine = stories.filter((s) => s.lang === lang && s.lessons);
      const fails = mine.filter((s) => !s.lessons?.rules[rule].includes('safety')).map((s) => s.id);
      const wins = mine.filter((s) => s.lessons?.rules[rule].includes('safety')).map((s) => s.id);
      out.push({ lang, rule, fails, wins });
    }
  }
  return out;
}
