/** Temporary folders for tests that write files (workspaces, copies of fixtures); removed after the test file. */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

export interface TempDir {
  readonly path: string;
  /** Writes a file (creating folders) and returns its absolute path. */
  write(relative: string, text: string): string;
  /** Copies a folder into the temp folder and returns the copy's absolute path. */
  copy(source: string, relative: string): string;
  remove(): void;
}

export function makeTempDir(prefix = 'plg-test-'): TempDir {
  // realpath: on macOS /tmp is a symlink, and URIs/paths compared in tests must match what the tools print.
  const root = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), prefix)));
  return {
    path: root,
    write(relative, text) {
      const target = path.join(root, relative);
      fs.mkdirSync(path.dirname(target), { recursive: true });
      fs.writeFileSync(target, text);
      return target;
    },
    copy(source, relative) {
      const target = path.join(root, relative);
      fs.cpSync(source, target, { recursive: true });
      return target;
    },
    remove() {
      fs.rmSync(root, { recursive: true, force: true });
    },
  };
}
