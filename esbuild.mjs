// Bundles the three shipped entry points: dist/extension.js (VS Code client), dist/server.js (language server),
// dist/cli.js (privatelink-lint). `--production`: minified, no source maps. `--watch`: rebuild on change.
import * as esbuild from 'esbuild';
import { chmodSync, readFileSync, rmSync } from 'node:fs';

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');
const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));

/** @type {import('esbuild').BuildOptions} */
const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  minify: production,
  sourcemap: production ? false : 'linked',
  sourcesContent: false,
  // jsonc-parser's UMD build hides its requires from bundlers; its ESM build bundles cleanly.
  mainFields: ['module', 'main'],
  define: { PRIVATELINK_VERSION: JSON.stringify(version) },
  logLevel: 'info',
};

const builds = [
  { entryPoints: ['client/src/extension.ts'], outfile: 'dist/extension.js', external: ['vscode'] },
  // Both are `bin`s of the npm package (privatelink-language-server, privatelink-lint): executable, with a shebang.
  { entryPoints: ['server/src/server.ts'], outfile: 'dist/server.js', banner: { js: '#!/usr/bin/env node' } },
  { entryPoints: ['server/src/cli.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' } },
];

if (watch) {
  for (const build of builds) await (await esbuild.context({ ...common, ...build })).watch();
} else {
  // A clean folder, so a production build never ships a source map left by an earlier development build.
  rmSync('dist', { recursive: true, force: true });
  await Promise.all(builds.map((build) => esbuild.build({ ...common, ...build })));
  chmodSync('dist/cli.js', 0o755);
  chmodSync('dist/server.js', 0o755);
}
