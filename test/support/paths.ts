/** Where things are, seen from the compiled tests in out/test/… . */
import * as fs from 'node:fs';
import * as path from 'node:path';

/** The repository root (tests run from out/test/<area>/, sources stay in test/<area>/): the one finder for all tests. */
export const repoRoot = findRepoRoot(__dirname);

export const distServer = path.join(repoRoot, 'dist', 'server.js');
export const distCli = path.join(repoRoot, 'dist', 'cli.js');

/** A fixture file or folder under the source tree's test/ folder. */
export function testSource(...segments: string[]): string {
  return path.join(repoRoot, 'test', ...segments);
}

/** Fails with a clear message when the bundles are missing (run `npm run build`). */
export function requireBuilt(file: string): string {
  if (!fs.existsSync(file)) throw new Error(`${path.relative(repoRoot, file)} is missing: run \`npm run build\` first`);
  return file;
}

/**
 * The nearest folder with our package.json above `start`: the compiled tests run from out/test/<area>/; a test bundled
 * elsewhere (e.g. /tmp) and run from the repository finds it above the working directory instead.
 */
function findRepoRoot(start: string): string {
  for (const from of [start, process.cwd()]) {
    for (let dir = from; ; dir = path.dirname(dir)) {
      const manifest = path.join(dir, 'package.json');
      if (fs.existsSync(manifest) && JSON.parse(fs.readFileSync(manifest, 'utf8')).name === 'private-link-guidance') return dir;
      if (path.dirname(dir) === dir) break;
    }
  }
  throw new Error(`no private-link-guidance package.json above ${start} or ${process.cwd()}`);
}
