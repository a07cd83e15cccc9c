/** Where the shared corpus lives (beside the repository) and whether this machine has it. */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { repoRoot } from './paths';

export const SHARED_DIR = resolve(repoRoot, '..', 'shared');
export const CORPUS_DIR = join(SHARED_DIR, 'corpus');
export const CORPUS_PRESENT = existsSync(CORPUS_DIR);
export const CORPUS_MISSING_MESSAGE = `corpus not found at ${CORPUS_DIR}: skipped (it is read from ../shared/corpus when present)`;
