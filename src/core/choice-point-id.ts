// A stable id for a choice point, so runs can be aligned and compared by moment.
// ink gives each offered choice a source path ("kitchen.0.g-1.3"); the choices of one
// point share their weave container ("kitchen.0.g-1"). Trailing numeric indices are
// dropped so that an option hidden by a condition does not change the id.

export function choicePointId(sourcePaths: readonly string[]): string {
  const parents = sourcePaths.map((p) => {
    const parts = p.split('.');
    parts.pop();
    return parts;
  });
  const first = parents[0];
  if (!first) return '';
  let common = first.length;
  for (const parts of parents) {
    let i = 0;
    while (i < common && i < parts.length && parts[i] === first[i]) i++;
    common = i;
  }
  const prefix = first.slice(0, common);
  while (prefix.length > 1 && /^\d+$/.test(prefix[prefix.length - 1] ?? '')) prefix.pop();
  return prefix.join('.') || '0';
}
