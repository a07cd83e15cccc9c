// `npm run mutate [-- <source files>] [--tests <compiled test globs>]`: StrykerJS over the configured areas, or over
// the files given (a quick run on what you changed). `--tests` limits the test files run against each mutant (for a
// quick run: the tests written for those files; kills by other tests are then not counted). See stryker.config.mjs.
import { spawnSync } from 'node:child_process';

const args = process.argv.slice(2);
const testsAt = args.indexOf('--tests');
const tests = testsAt >= 0 ? args.splice(testsAt).slice(1) : [];
const files = args;
const env = {
  ...process.env,
  ...(files.length > 0 ? { PRIVATELINK_MUTATE: files.join(',') } : {}),
  ...(tests.length > 0 ? { PRIVATELINK_MUTATE_TESTS: tests.join(',') } : {}),
};
const result = spawnSync(process.execPath, ['node_modules/@stryker-mutator/core/bin/stryker.js', 'run', 'stryker.config.mjs'], {
  stdio: 'inherit',
  env,
});
process.exit(result.status ?? 1);
