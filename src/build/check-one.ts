// Quick compile check of one .ink file: `npx tsx src/build/check-one.ts stories/en/x.ink`.
import { compileInkFile, formatProblem, InkCompileError } from './ink-compile.ts';

const file = process.argv[2];
if (!file) {
  console.error('usage: check-one.ts <file.ink>');
  process.exit(2);
}
try {
  const result = compileInkFile(file);
  for (const w of result.warnings) console.log(formatProblem(w));
  console.log(`compiled ${file}: ${result.globalTags.length} global tags, ${result.files.length} files`);
} catch (err) {
  if (err instanceof InkCompileError) {
    console.error(err.message);
    process.exit(1);
  }
  throw err;
}
