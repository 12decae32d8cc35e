// The lint rule that forbids HTML sinks (.biome/no-html-sinks.grit) must really fire:
// lint a probe file with each sink and count the diagnostics.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { ROOT } from './helpers.ts';

const SINKS = [
  "el.innerHTML = '<b>x</b>';",
  "el.outerHTML = '<b>x</b>';",
  "el.insertAdjacentHTML('beforeend', '<b>x</b>');",
  "document.write('<b>x</b>');",
  'new DOMParser();',
];

it('forbids every HTML sink in src, and passes plain text', () => {
  const dir = mkdtempSync(join(ROOT, 'src', '.lint-probe-'));
  try {
    const probe = join(dir, 'probe.ts');
    writeFileSync(probe, `const el = document.body;\n${SINKS.join('\n')}\nel.textContent = '<b>x</b>';\nexport {};\n`);
    let output = '';
    try {
      execFileSync('npx', ['biome', 'lint', '--max-diagnostics=50', probe], { cwd: ROOT, encoding: 'utf8', stdio: 'pipe' });
    } catch (error) {
      output = String((error as { stdout?: string }).stdout ?? '') + String((error as { stderr?: string }).stderr ?? '');
    }
    const lines = [...output.matchAll(/probe\.ts:(\d+):\d+ plugin/g)].map((m) => Number(m[1]));
    expect(lines).toEqual([2, 3, 4, 5, 6]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}, 60_000);
