/**
 * The only files the CLI writes, and only when asked (test/meta/security.test.ts checks it): with `--fix`, the files
 * its fixes changed (only files the analysis read, inside the folder it may read from, are ever in `changed`; a UTF-8
 * byte order mark the file had is kept, since the reader drops it as editors do); with `--write-baseline`, the
 * baseline file named.
 */
import * as fs from 'node:fs';

const BOM = '\uFEFF';

/** Writes every file it can; the ones that could not be written (read-only, replaced by a folder …) with the error. */
export function writeFixedFiles(changed: ReadonlyMap<string, { readonly fixed: string }>): { path: string; error: unknown }[] {
  const failed: { path: string; error: unknown }[] = [];
  for (const [path, { fixed }] of changed) {
    try {
      fs.writeFileSync(path, startsWithBom(path) ? BOM + fixed : fixed);
    } catch (error) {
      failed.push({ path, error });
    }
  }
  return failed;
}

function startsWithBom(path: string): boolean {
  const start = Buffer.alloc(3);
  const handle = fs.openSync(path, 'r');
  try {
    return fs.readSync(handle, start, 0, 3, 0) === 3 && start[0] === 0xef && start[1] === 0xbb && start[2] === 0xbf;
  } finally {
    fs.closeSync(handle);
  }
}

export function writeBaselineFile(path: string, json: string): void {
  fs.writeFileSync(path, json);
}
