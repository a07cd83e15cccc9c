// `npm run mutate [-- <source files>]`: StrykerJS over the configured areas, or over the files given (a quick run on
// what you changed). See stryker.config.mjs.
import { spawnSync } from 'node:child_process';

const files = process.argv.slice(2);
const env = { ...process.env, ...(files.length > 0 ? { PRIVATELINK_MUTATE: files.join(',') } : {}) };
const result = spawnSync(process.execPath, ['node_modules/@stryker-mutator/core/bin/stryker.js', 'run', 'stryker.config.mjs'], { stdio: 'inherit', env });
process.exit(result.status ?? 1);
