// Bundles the shipped entry points: dist/extension.js (VS Code client), dist/server.js (language server),
// dist/cli.js (privatelink-lint), dist/action.js (the GitHub Action). `--production`: minified, no source maps.
// `--watch`: rebuild on change. `--action`: only the GitHub Action's committed bundle, action/dist/index.js (see
// action.yml; test/meta/actionBundle checks that the committed copy is the one the sources give).
import * as esbuild from 'esbuild';
import { chmodSync, rmSync } from 'node:fs';
import { ACTION_BUNDLE, BUILDS, commonOptions } from './scripts/bundles.mjs';

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');
const common = commonOptions(production);

if (process.argv.includes('--action')) {
  await esbuild.build({ ...commonOptions(true), ...ACTION_BUNDLE });
} else if (watch) {
  for (const build of BUILDS) await (await esbuild.context({ ...common, ...build })).watch();
} else {
  // A clean folder, so a production build never ships a source map left by an earlier development build.
  rmSync('dist', { recursive: true, force: true });
  await Promise.all(BUILDS.map((build) => esbuild.build({ ...common, ...build })));
  chmodSync('dist/cli.js', 0o755);
  chmodSync('dist/server.js', 0o755);
}
