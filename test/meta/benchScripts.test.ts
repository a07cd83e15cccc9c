// The benchmark is not run by `npm test` (it takes minutes), so at least its scripts must be valid JavaScript:
// a syntax error would otherwise only show when someone next runs `npm run bench`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '../support/paths';

test('every bench script parses (node --check)', () => {
  const scripts = ['bench', join('bench', 'lib')].flatMap((dir) =>
    readdirSync(join(repoRoot, dir))
      .filter((name) => name.endsWith('.mjs'))
      .map((name) => join(repoRoot, dir, name)),
  );
  assert.ok(scripts.length >= 4, `found ${scripts.length} scripts`);
  for (const script of scripts) {
    const result = spawnSync(process.execPath, ['--check', script], { encoding: 'utf8' });
    assert.equal(result.status, 0, `${script}: ${result.stderr}`);
  }
});
