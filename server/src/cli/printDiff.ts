/** `--fix-dry-run`: the fixes as one unified diff (`a/` and `b/` paths, three lines of context), which `patch -p1` applies. */
import { createTwoFilesPatch } from 'diff';

export function unifiedDiff(
  changed: ReadonlyMap<string, { readonly original: string; readonly fixed: string }>,
  displayPath: (absPath: string) => string,
): string {
  return [...changed]
    .map(([absPath, texts]) => ({ name: displayPath(absPath).split('\\').join('/'), ...texts }))
    .sort((a, b) => a.name.localeCompare(b.name))
    .map(({ name, original, fixed }) =>
      createTwoFilesPatch(`a/${name}`, `b/${name}`, original, fixed, undefined, undefined, { context: 3 }).replace(/^=+\n/, ''),
    )
    .join('');
}
