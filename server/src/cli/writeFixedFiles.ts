/**
 * `--fix` writes the files its fixes changed: the one place the CLI writes a file (test/meta/security.test.ts checks
 * it). Only files the analysis read, inside the folder it may read from, are ever in `changed`. A UTF-8 byte order
 * mark the file had is kept (the reader drops it, as editors do).
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
