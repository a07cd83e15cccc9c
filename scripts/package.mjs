// `npm run package`: builds private-link-guidance-<version>.vsix in the repository root with @vscode/vsce.
//
// vsce runs `vscode:prepublish` (type check, then `esbuild.mjs --production`: minified bundles, no source maps) and
// collects the files .vscodeignore lets through. It does so in a snapshot of the working tree in a temporary folder,
// not in the tree itself, so that a development build started meanwhile (`npm test`, `npm run watch`) can neither
// slip its unminified bundles into the package nor be replaced by production bundles under the developer's feet.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, statSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = fileURLToPath(new URL('..', import.meta.url));
const { name, version } = JSON.parse(readFileSync(join(repo, 'package.json'), 'utf8'));
const vsix = join(repo, `${name}-${version}.vsix`);
const vsce = join(repo, 'node_modules', '@vscode', 'vsce', 'vsce');

// Generated or installed folders stay behind; node_modules is linked, not copied.
const SKIPPED = new Set(['.git', 'node_modules', 'out', 'dist', '.e2e', 'test-results', '.vscode-test']);

const stage = mkdtempSync(join(tmpdir(), 'privatelink-package-'));
try {
  cpSync(repo, stage, {
    recursive: true,
    filter: (source) => {
      const path = relative(repo, source);
      if (path === '') return true;
      const top = path.split(/[\\/]/)[0];
      return !SKIPPED.has(top) && !basename(path).endsWith('.vsix');
    },
  });
  symlinkSync(join(repo, 'node_modules'), join(stage, 'node_modules'), 'dir');
  const result = spawnSync(process.execPath, [vsce, 'package', '--no-dependencies', '--out', vsix], { cwd: stage, stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
  console.log(`${relative(process.cwd(), vsix) || vsix}: ${statSync(vsix).size} bytes`);
} finally {
  rmSync(stage, { recursive: true, force: true });
}
