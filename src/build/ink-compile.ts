// Build- and test-time only: compiles .ink with inkjs's compiler. Never imported by
// browser code (the compiler is ~200 KB and the game ships the engine alone).
import { readFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { Path } from 'inkjs/engine/Path';
import { Compiler, CompilerOptions } from 'inkjs/full';

export interface InkProblem {
  severity: 'error' | 'warning';
  file: string;
  line: number | null;
  message: string;
}

export interface CompiledInk {
  /** The story as ink's runtime JSON, ready for `new Story(json)`. */
  json: string;
  globalTags: string[];
  /** Absolute paths of every file that went in, the root first (for watching and hashing). */
  files: string[];
  warnings: InkProblem[];
  /** "file:line" of the ink behind a runtime path (from the compiler's debug info). */
  locate: (path: string) => string | null;
}

export class InkCompileError extends Error {
  constructor(
    readonly problems: InkProblem[],
    readonly files: string[],
  ) {
    super(problems.map(formatProblem).join('\n'));
    this.name = 'InkCompileError';
  }
}

export function formatProblem(p: InkProblem): string {
  return `${p.file}${p.line === null ? '' : `:${p.line}`}: ${p.severity}: ${p.message}`;
}

// The compiler reports "ERROR: 'name.ink' line 12: message" (or without the file for the root).
const PROBLEM = /^(ERROR|WARNING|TODO):\s*(?:'([^']+)'\s*)?(?:line (\d+):\s*)?(.*)$/s;

function parseProblem(raw: string, rootFile: string, dir: string): InkProblem {
  const m = PROBLEM.exec(raw.trim());
  if (!m) return { severity: 'error', file: rootFile, line: null, message: raw };
  const [, kind, name, line, message] = m;
  return {
    severity: kind === 'ERROR' ? 'error' : 'warning',
    file: name ? resolve(dir, name) : rootFile,
    line: line ? Number(line) : null,
    message: (message ?? '').trim(),
  };
}

/**
 * Compile one root .ink file. INCLUDE paths resolve against the root file's folder,
 * so `INCLUDE ../_model.ink` works from `stories/en/x.ink`.
 */
export function compileInkFile(path: string, source?: string): CompiledInk {
  const rootFile = resolve(path);
  const dir = dirname(rootFile);
  const files = [rootFile];
  const fileHandler = {
    ResolveInkFilename: (name: string) => resolve(dir, name),
    LoadInkFileContents: (full: string) => {
      if (!files.includes(full)) files.push(full);
      try {
        return readFileSync(full, 'utf8');
      } catch {
        throw new InkCompileError(
          [{ severity: 'error', file: rootFile, line: null, message: `cannot read included file ${relative(dir, full)}` }],
          files,
        );
      }
    },
  };
  const text = source ?? readFileSync(rootFile, 'utf8');
  const compiler = new Compiler(text, new CompilerOptions(rootFile, [], false, null, fileHandler));
  let story: ReturnType<Compiler['Compile']> | null = null;
  try {
    story = compiler.Compile();
  } catch (err) {
    if (err instanceof InkCompileError) throw err;
    if (compiler.errors.length === 0) {
      throw new InkCompileError([{ severity: 'error', file: rootFile, line: null, message: String(err) }], files);
    }
  }
  const errors = compiler.errors.map((e) => parseProblem(e, rootFile, dir));
  const warnings = compiler.warnings.map((w) => parseProblem(w, rootFile, dir));
  if (errors.length > 0 || !story) throw new InkCompileError(errors, files);
  const json = story.ToJson();
  if (!json) throw new InkCompileError([{ severity: 'error', file: rootFile, line: null, message: 'no output' }], files);
  const runtime = story;
  const locate = (path: string): string | null => {
    try {
      const meta = runtime.ContentAtPath(new Path(path)).obj?.debugMetadata;
      if (!meta) return null;
      const file = meta.fileName ? resolve(dir, meta.fileName) : rootFile;
      return `${relative(process.cwd(), file)}:${meta.startLineNumber}`;
    } catch {
      return null;
    }
  };
  return { json, globalTags: story.globalTags ?? [], files, warnings, locate };
}
