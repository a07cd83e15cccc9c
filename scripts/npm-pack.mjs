// `npm run pack:npm`: builds private-link-guidance-<version>.tgz in the repository root, the npm package of the
// command-line tool (`npx privatelink-lint`) and of the language server for other editors
// (`privatelink-language-server --stdio`).
//
// `npm pack` runs `prepack` (esbuild.mjs --production: minified bundles with every dependency inside) and packs what
// .npmignore lets through. As for the VSIX (scripts/package.mjs), it runs in a snapshot of the working tree, so the
// production build never replaces the developer's own bundles under their feet.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, statSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = fileURLToPath(new URL('..', import.meta.url));
const { name, version } = JSON.parse(readFileSync(join(repo, 'package.json'), 'utf8'));
const tarball = join(repo, `${name}-${version}.tgz`);

// Generated or installed folders stay behind; node_modules is linked, not copied.
const SKIPPED = new Set(['.git', 'node_modules', 'out', 'dist', '.e2e', 'test-results', '.vscode-test']);

const stage = mkdtempSync(join(tmpdir(), 'privatelink-npm-'));
try {
  cpSync(repo, stage, {
    recursive: true,
    filter: (source) => {
      const path = relative(repo, source);
      if (path === '') return true;
      const top = path.split(/[\\/]/)[0];
      return !SKIPPED.has(top) && !/\.(vsix|tgz)$/.test(basename(path));
    },
  });
  symlinkSync(join(repo, 'node_modules'), join(stage, 'node_modules'), 'dir');
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const result = spawnSync(npm, ['pack', '--pack-destination', repo], { cwd: stage, stdio: ['ignore', 'inherit', 'inherit'] });
  if (result.status !== 0) process.exit(result.status ?? 1);
  console.log(`${relative(process.cwd(), tarball) || tarball}: ${statSync(tarball).size} bytes`);
} finally {
  rmSync(stage, { recursive: true, force: true });
}
