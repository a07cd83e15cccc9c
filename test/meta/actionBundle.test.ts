/**
 * The GitHub Action runs the committed action/dist/index.js (a workflow gets the repository at a tag, with no build
 * step). It must be what the sources give today: rebuilt here in memory with the same options and compared byte for
 * byte. When this fails, run `npm run build:action` and commit the bundle.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { repoRoot } from '../support/paths';

interface Bundles {
  commonOptions(production: boolean): Record<string, unknown>;
  ACTION_BUNDLE: { outfile: string } & Record<string, unknown>;
}

/** A real dynamic import (TypeScript's CommonJS output would turn `import()` into `require`, which cannot load .mjs). */
const importModule = new Function('specifier', 'return import(specifier)') as (specifier: string) => Promise<unknown>;

test('the committed GitHub Action bundle is built from the current sources', async () => {
  const bundles = (await importModule(pathToFileURL(path.join(repoRoot, 'scripts', 'bundles.mjs')).href)) as Bundles;
  const esbuild = await import('esbuild');
  const result = await esbuild.build({
    ...bundles.commonOptions(true),
    ...bundles.ACTION_BUNDLE,
    absWorkingDir: repoRoot,
    write: false,
    logLevel: 'silent',
  });
  const built = result.outputFiles[0].text;
  const committed = fs.readFileSync(path.join(repoRoot, bundles.ACTION_BUNDLE.outfile), 'utf8');
  assert.ok(built === committed, 'action/dist/index.js is out of date: run `npm run build:action` and commit it');
});
