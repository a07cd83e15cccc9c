// A snapshot of the working tree in a temporary folder, for the packaging scripts (package.mjs, npm-pack.mjs): they
// build production bundles there, so a development build started meanwhile (`npm test`, `npm run watch`) can neither
// slip its bundles into a package nor be replaced under the developer's feet.
import { cpSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, relative } from 'node:path';

// Generated or installed folders stay behind; node_modules is linked, not copied.
const SKIPPED = new Set(['.git', 'node_modules', 'out', 'dist', '.e2e', 'test-results', '.vscode-test', '.stryker-tmp', 'reports']);

/** Runs `work(stage)` in a fresh snapshot of `repo` (without packages already built), then removes the snapshot. */
export function inStagedCopy(repo, prefix, work) {
  const stage = mkdtempSync(join(tmpdir(), prefix));
  try {
    cpSync(repo, stage, {
      recursive: true,
      filter: (source) => {
        const path = relative(repo, source);
        if (path === '') return true;
        return !SKIPPED.has(path.split(/[\\/]/)[0]) && !/\.(vsix|tgz)$/.test(basename(path));
      },
    });
    symlinkSync(join(repo, 'node_modules'), join(stage, 'node_modules'), 'dir');
    return work(stage);
  } finally {
    rmSync(stage, { recursive: true, force: true });
  }
}
