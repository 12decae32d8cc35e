// What the functions of a compiled story read and write, found in its JSON: the story
// explorer replays the model's meter functions and re-evaluates pure ones.
/** Every function of a compiled story: parameters, globals read and written (with callees). */
export function analyseFunctions(json: string): { functions: Map<string, PureFunction>; impure: Set<string> } {
  const root = (JSON.parse(json) as { root: unknown[] }).root;
  const named = (root[root.length - 1] ?? {}) as Record<string, unknown>;
  // ink's JSON does not mark functions: they are the containers something calls with f().
  const calledNames = new Set<string>();
  JSON.stringify(root, (key, value) => {
    if (key === 'f()' && typeof value === 'string') calledNames.add(value);
    return value;
  });
  const candidates = Object.keys(named).filter((name) => calledNames.has(name));
  const calls = new Map<string, Set<string>>();
  const reads = new Map<string, Set<string>>();
  const writes = new Map<string, Set<string>>();
  const impure = new Set<string>();
  for (const name of candidates) {
    const called = new Set<string>();
    const read = new Set<string>();
    const written = new Set<string>();
    reads.set(name, read);
    writes.set(name, written);
    let inString = 0;
    let clean = true;
    const walk = (node: unknown): void => {
      if (typeof node === 'string') {
        if (node === 'str') inString++;
        else if (node === '/str') inString--;
        else if (node.startsWith('^') && inString === 0 && node.trim() !== '^') clean = false;
        else if (['visit', 'turns', 'rnd', 'srnd', 'seq', 'readc', 'choiceCnt', 'thread'].includes(node)) clean = false;
        return;
      }
      if (Array.isArray(node)) {
        for (const child of node) walk(child);
        return;
      }
      if (!node || typeof node !== 'object') return;
      const o = node as Record<string, unknown>;
      if ('VAR=' in o && o.re === true) {
        clean = false;
        written.add(o['VAR='] as string);
      }
      if ('CNT?' in o || '->t->' in o || '^->' in o || 'x()' in o) clean = false;
      const divert = o['->'];
      if (typeof divert === 'string' && !divert.startsWith('.') && !divert.startsWith(`${name}.`)) clean = false;
      if (typeof o['f()'] === 'string') called.add(o['f()'] as string);
      if (typeof o['VAR?'] === 'string') read.add(o['VAR?'] as string);
      for (const [key, value] of Object.entries(o)) if (key !== '#f' && key !== '#n') walk(value);
    };
    walk(named[name]);
    if (!clean) impure.add(name);
    calls.set(name, called);
  }
  let changed = true;
  while (changed) {
    changed = false;
    for (const [name, called] of calls) {
      if (impure.has(name)) continue;
      if ([...called].some((c) => c !== name && (impure.has(c) || !calls.has(c)))) {
        impure.add(name);
        changed = true;
      }
    }
  }
  const functions = new Map<string, PureFunction>();
  for (const name of candidates) {
    // Globals it may read or write, through the functions it calls too (temps are harmless extras).
    const allReads = new Set<string>();
    const allWrites = new Set<string>();
    const visit = (n: string, seen: Set<string>) => {
      if (seen.has(n)) return;
      seen.add(n);
      for (const v of reads.get(n) ?? []) allReads.add(v);
      for (const v of writes.get(n) ?? []) allWrites.add(v);
      for (const c of calls.get(n) ?? []) visit(c, seen);
    };
    visit(name, new Set());
    // Assignments at the top level of the body always happen: their old value is no input.
    const body = named[name];
    const always = new Set<string>();
    if (Array.isArray(body)) {
      for (const item of body) {
        const o = item as Record<string, unknown> | null;
        if (o && typeof o === 'object' && !Array.isArray(o) && typeof o['VAR='] === 'string' && o.re === true)
          always.add(o['VAR='] as string);
      }
    }
    functions.set(name, {
      arity: arityOf(body),
      reads: [...allReads],
      writes: [...allWrites],
      passThrough: [...allWrites].filter((w) => !always.has(w)),
    });
  }
  return { functions, impure };
}

export interface PureFunction {
  arity: number;
  reads: string[];
  writes: string[];
  /** Written only on some paths: otherwise the value passes through unchanged. */
  passThrough: string[];
}

function arityOf(body: unknown): number {
  if (!Array.isArray(body)) return 0;
  let arity = 0;
  while (body[arity] && typeof body[arity] === 'object' && 'temp=' in (body[arity] as object)) arity++;
  return arity;
}

/**
 * From one analysis of the compiled story: the model's meter functions (`effectNames`, whose
 * calls are replayed as effects), and the other functions whose result depends only on their
 * arguments and the globals: no assignments to globals, no output, no visit or turn counts,
 * no randomness, no diverts out, and calling only such functions.
 */
export function modelFunctions(
  json: string,
  effectNames: readonly string[],
): { effects: Map<string, PureFunction>; pure: Map<string, PureFunction> } {
  const { functions, impure } = analyseFunctions(json);
  const effects = new Map<string, PureFunction>();
  const pure = new Map<string, PureFunction>();
  for (const [name, info] of functions) {
    if (effectNames.includes(name)) effects.set(name, info);
    else if (!impure.has(name)) pure.set(name, info);
  }
  return { effects, pure };
}
