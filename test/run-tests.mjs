// Runs every compiled test file (out/test/**/*.test.js) with Node's built-in test runner.
// Optional arguments filter the files by substring: `node test/run-tests.mjs rules/` .
import { readdirSync, statSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { spawnSync } from 'node:child_process';
import { repoRoot } from './support/repoRoot.mjs';

const root = repoRoot;
const outTests = join(root, 'out', 'test');
if (!existsSync(outTests)) {
  console.error('No compiled tests in out/test: run `npm run build` first.');
  process.exit(2);
}

function collect(dir, found = []) {
  for (const name of readdirSync(dir)) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) {
      if (name === 'e2e') continue; // extension-host tests run through `npm run test:e2e`
      collect(full, found);
    } else if (name.endsWith('.test.js')) {
      found.push(full);
    }
  }
  return found;
}

/** A compiled test whose source was deleted or moved: tsc -b leaves it in out/, where it would run against nothing. */
function isStale(file) {
  return !existsSync(join(root, relative(join(root, 'out'), file)).replace(/\.js$/, '.ts'));
}

const filters = process.argv.slice(2);
const compiled = collect(outTests);
for (const file of compiled.filter(isStale)) console.error(`skipping ${relative(root, file)}: its source is gone`);
const files = compiled
  .filter((file) => !isStale(file))
  .filter((file) => filters.length === 0 || filters.some((f) => relative(outTests, file).includes(f)))
  .sort();
if (files.length === 0) {
  console.error('No test files matched.');
  process.exit(2);
}
const result = spawnSync(process.execPath, ['--test', '--test-reporter=spec', ...files], { stdio: 'inherit', cwd: root });
process.exit(result.status ?? 1);
