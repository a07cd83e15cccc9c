// The repository root for the .mjs scripts of test/ and bench/, which run from their sources (the compiled tests
// use test/support/paths.ts, which also finds it from out/ or from a bundle elsewhere).
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

export const repoRoot = join(fileURLToPath(new URL('.', import.meta.url)), '..', '..');
