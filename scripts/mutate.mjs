// `npm run mutate [-- <source files>] [--tests <compiled test globs>]`: StrykerJS over the configured areas, or over
// the files given (a quick run on what you changed). `--tests` limits the test files run against each mutant (for a
// quick run: the tests written for those files; kills by other tests are then not counted). See stryker.config.mjs.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const args = process.argv.slice(2);
const testsAt = args.indexOf('--tests');
const tests = testsAt >= 0 ? args.splice(testsAt).slice(1) : [];
const files = args;
// Mutating rule files alone: the rule harness runs only their folders (PRIVATELINK_RULE_TESTS), about thirty times
// faster per mutant. Other test files that reach the rule still run as the coverage says.
const ruleIds = files
  .map((file) => /^server\/src\/engine\/rules\/([a-z0-9-]+)\.ts$/.exec(file.replaceAll('\\', '/'))?.[1])
  .map((id) => (id && existsSync(`test/rules/${id}`) ? id : undefined));
const env = {
  ...process.env,
  ...(files.length > 0 ? { PRIVATELINK_MUTATE: files.join(',') } : {}),
  ...(tests.length > 0 ? { PRIVATELINK_MUTATE_TESTS: tests.join(',') } : {}),
  ...(files.length > 0 && ruleIds.every(Boolean) ? { PRIVATELINK_RULE_TESTS: ruleIds.join(',') } : {}),
};
const result = spawnSync(process.execPath, ['node_modules/@stryker-mutator/core/bin/stryker.js', 'run', 'stryker.config.mjs'], {
  stdio: 'inherit',
  env,
});
process.exit(result.status ?? 1);
