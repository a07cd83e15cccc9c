/**
 * The only files the CLI writes, and only when asked (test/meta/security.test.ts checks it): with `--fix`, the files
 * its fixes changed (only files the analysis read, inside the folder it may read from, are ever in `changed`; a UTF-8
 * byte order mark the file had is kept, since the reader drops it as editors do); with `--write-baseline`, the
 * baseline file named.
 */
import * as fs from 'node:fs';

const BOM = '\uFEFF';

export function writeFixedFiles(changed: ReadonlyMap<string, { readonly fixed: string }>): void {
  for (const [path, { fixed }] of changed) fs.writeFileSync(path, startsWithBom(path) ? BOM + fixed : fixed);
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
