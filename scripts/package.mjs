// `npm run package`: builds private-link-guidance-<version>.vsix in the repository root with @vscode/vsce.
//
// vsce runs `vscode:prepublish` (type check, then `esbuild.mjs --production`: minified bundles, no source maps) and
// collects the files .vscodeignore lets through. It does so in a snapshot of the working tree in a temporary folder,
// not in the tree itself, so that a development build started meanwhile (`npm test`, `npm run watch`) can neither
// slip its unminified bundles into the package nor be replaced by production bundles under the developer's feet.
import { spawnSync } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { inStagedCopy } from './stage.mjs';

const repo = fileURLToPath(new URL('..', import.meta.url));
const { name, version } = JSON.parse(readFileSync(join(repo, 'package.json'), 'utf8'));
const vsix = join(repo, `${name}-${version}.vsix`);
const vsce = join(repo, 'node_modules', '@vscode', 'vsce', 'vsce');

const status = inStagedCopy(repo, 'privatelink-package-', (stage) => {
  return spawnSync(process.execPath, [vsce, 'package', '--no-dependencies', '--out', vsix], { cwd: stage, stdio: 'inherit' }).status;
});
if (status !== 0) process.exit(status ?? 1);
console.log(`${relative(process.cwd(), vsix) || vsix}: ${statSync(vsix).size} bytes`);
