/**
 * The README's rules table is generated from the registry by scripts/rules-table.mjs; this fails when someone adds,
 * renames or retitles a rule without regenerating it.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describeRules } from '../../server/src/engine';
import { repoRoot } from '../support/paths';

const SCRIPT = join(repoRoot, 'scripts', 'rules-table.mjs');

function runScript(mode: string) {
  return spawnSync(process.execPath, [SCRIPT, mode], { cwd: repoRoot, encoding: 'utf8', timeout: 60_000 });
}

test('the generated table lists every rule with its page, level and title', () => {
  const run = runScript('--stdout');
  assert.equal(run.status, 0, run.stderr);
  for (const rule of describeRules()) {
    assert.ok(run.stdout.includes(`| [\`${rule.id}\`](docs/rules/${rule.id}.md) | ${rule.defaultLevel} |`), `row for ${rule.id}`);
  }
});

test('README.md rules table is up to date (node scripts/rules-table.mjs)', () => {
  const run = runScript('--check');
  assert.equal(run.status, 0, run.stderr || run.stdout);
});
