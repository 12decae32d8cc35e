// The arrows of DESIGN.md, enforced: every import under src/ (static, dynamic, type-only)
// is checked against src/parts.json, the parts file that also documents the house. A new
// folder must be given a part there and be named in the README's architecture section.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { ROOT } from './helpers.ts';

interface Part {
  paths: string[];
  about: string;
  imports: string[];
  packages: string[];
  dom?: boolean;
}
type Parts = Record<string, Part>;

const PARTS: Parts = JSON.parse(readFileSync(resolve(ROOT, 'src/parts.json'), 'utf8')).parts;
const DOM_GLOBALS = /\b(document|window|navigator|HTMLElement|localStorage|sessionStorage)\b/;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.ts$/.test(entry.name) ? [relative(ROOT, path).split('\\').join('/')] : [];
  });
}

/** The part a file under src/ belongs to: the longest path that holds it. */
function partOf(file: string, parts: Parts = PARTS): string | null {
  let best: { name: string; length: number } | null = null;
  for (const [name, part] of Object.entries(parts)) {
    for (const path of part.paths) {
      const holds = path.endsWith('/') ? file.startsWith(path) : file === path;
      if (holds && (!best || path.length > best.length)) best = { name, length: path.length };
    }
  }
  return best?.name ?? null;
}

/** What a file imports: static, dynamic (`import()`) and type-only (`import('x').T` too). */
function specifiers(file: string, text: string): string[] {
  const found: string[] = [];
  const visit = (node: ts.Node) => {
    if (
      (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) &&
      node.moduleSpecifier &&
      ts.isStringLiteral(node.moduleSpecifier)
    ) {
      found.push(node.moduleSpecifier.text);
    } else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) {
      const [first] = node.arguments;
      if (first && ts.isStringLiteralLike(first)) found.push(first.text);
    } else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument) && ts.isStringLiteral(node.argument.literal)) {
      found.push(node.argument.literal.text);
    }
    ts.forEachChild(node, visit);
  };
  visit(ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true));
  return found;
}

const packageAllowed = (specifier: string, allowed: readonly string[]) =>
  allowed.some((p) => (p.endsWith('*') ? specifier.startsWith(p.slice(0, -1)) : specifier === p));

/** Every arrow one file draws that its part may not draw, in words. */
function forbiddenImports(file: string, text: string, parts: Parts = PARTS): string[] {
  const from = partOf(file, parts);
  if (!from) return [`${file} belongs to no part of src/parts.json`];
  const part = parts[from] as Part;
  const problems: string[] = [];
  for (const specifier of specifiers(file, text)) {
    if (specifier.startsWith('.')) {
      const target = relative(ROOT, resolve(dirname(resolve(ROOT, file)), specifier))
        .split('\\')
        .join('/');
      const to = partOf(target, parts);
      if (to !== from && (!to || !part.imports.includes(to))) problems.push(`${file} (${from}) imports ${target} (${to ?? 'outside src'})`);
    } else if (!packageAllowed(specifier, part.packages)) problems.push(`${file} (${from}) imports the package ${specifier}`);
  }
  if (part.dom === false) {
    const code = text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`])\/\/.*$/gm, '$1');
    const found = code.match(DOM_GLOBALS);
    if (found) problems.push(`${file} (${from}) uses the DOM (${found[0]})`);
  }
  return problems;
}

describe('the arrows of src/parts.json', () => {
  const files = sourceFiles(resolve(ROOT, 'src'));

  it('holds for every file under src/', { timeout: 60_000 }, () => {
    expect(files.length).toBeGreaterThan(50);
    const problems = files.flatMap((file) => forbiddenImports(file, readFileSync(resolve(ROOT, file), 'utf8')));
    expect(problems).toEqual([]);
  });

  it('fails on the arrows DESIGN.md forbids', () => {
    const cases: [string, string][] = [
      ['src/core/x.ts', "import { Compiler } from 'inkjs/full';"],
      ['src/core/x.ts', "import { h } from '../ui/dom.ts';"],
      ['src/core/x.ts', "import { set } from 'idb-keyval';"],
      ['src/stage/x.ts', "import { playView } from '../ui/play-view.ts';"],
      ['src/ui/x.ts', "const stage = () => import('../stage/stage-host.ts');"],
      ['src/ui/workshop/x.ts', "import type { StageHost } from '../../stage/stage-host.ts';"],
      ['src/runs/x.ts', "import { clear } from '../ui/dom.ts';"],
      ['src/runs/x.ts', 'export const root = () => document.body;'],
      ['src/workshop/x.ts', "import { h } from '../ui/dom.ts';"],
      ['src/server/x.ts', "import Phaser from 'phaser';"],
      ['src/server/x.ts', "import { h } from '../ui/dom.ts';"],
      ['src/ui/x.ts', "import { compileInkFile } from '../build/ink-compile.ts';"],
      ['src/main.ts', "import { compileInkFile } from './build/ink-compile.ts';"],
      ['src/newpart/x.ts', "import { h } from '../ui/dom.ts';"],
    ];
    for (const [file, text] of cases) expect(forbiddenImports(file, text), `${file}: ${text}`).not.toEqual([]);
    // …and lets the allowed ones through.
    expect(forbiddenImports('src/ui/x.ts', "import type { RunRecord } from '../core/run-record.ts';")).toEqual([]);
    expect(forbiddenImports('src/core/x.ts', "import { Story } from 'inkjs'; // a document in a comment")).toEqual([]);
  });

  it('is named in the README, folder by folder', () => {
    const readme = readFileSync(resolve(ROOT, 'README.md'), 'utf8');
    const section = readme.slice(readme.indexOf('## Architecture'), readme.indexOf('\n## ', readme.indexOf('## Architecture') + 3));
    const folders = readdirSync(resolve(ROOT, 'src'), { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => `src/${entry.name}`);
    for (const folder of [...folders, 'src/ui/workshop', 'src/main.ts']) expect(section, folder).toContain(folder);
  });
});
