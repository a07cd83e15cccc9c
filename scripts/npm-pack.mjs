// `npm run pack:npm`: builds private-link-guidance-<version>.tgz in the repository root, the npm package of the
// command-line tool (`npx privatelink-lint`) and of the language server for other editors
// (`privatelink-language-server --stdio`).
//
// `npm pack` runs `prepack` (esbuild.mjs --production: minified bundles with every dependency inside) and packs what
// .npmignore lets through. As for the VSIX (scripts/package.mjs), it runs in a snapshot of the working tree, so the
// production build never replaces the developer's own bundles under their feet.
import { spawnSync } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { inStagedCopy } from './stage.mjs';

const repo = fileURLToPath(new URL('..', import.meta.url));
const { name, version } = JSON.parse(readFileSync(join(repo, 'package.json'), 'utf8'));
const tarball = join(repo, `${name}-${version}.tgz`);

const status = inStagedCopy(repo, 'privatelink-npm-', (stage) => {
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  return spawnSync(npm, ['pack', '--pack-destination', repo], { cwd: stage, stdio: ['ignore', 'inherit', 'inherit'] }).status;
});
if (status !== 0) process.exit(status ?? 1);
console.log(`${relative(process.cwd(), tarball) || tarball}: ${statSync(tarball).size} bytes`);
