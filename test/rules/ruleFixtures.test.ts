/**
 * Rule fixtures: for every rule, `fail.*` must produce findings of that rule and `pass.*` none, in ARM JSON and
 * Bicep alike; the findings must match the `.expected` baseline next to the fixture (UPDATE_BASELINES=1 rewrites
 * it); every offered fix, applied, must remove its finding and leave a file that still parses.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeDocument, describeRules, renderOffers } from '../../server/src/engine';
import type { RuleLevel } from '../../server/src/engine/api';
import { repoRoot } from '../support/paths';
import { findingLines } from '../support/findingText';
import { applyEdits } from '../support/applyEdits';

const FIXTURE_ROOT = join(repoRoot, 'test', 'rules');
const UPDATE = process.env.UPDATE_BASELINES === '1';

/**
 * Only the rule under test runs, so a fixture checks one rule and stays short. Its own level is left unset so that
 * per-finding levels (a case-only group id is a warning) show in the baselines as users see them.
 */
function levelsOnly(id: string): Record<string, RuleLevel> {
  const levels: Record<string, RuleLevel> = {};
  for (const rule of describeRules()) if (rule.id !== id) levels[rule.id] = 'off';
  return levels;
}

for (const rule of describeRules()) {
  for (const kind of ['fail', 'pass'] as const) {
    for (const extension of ['json', 'bicep'] as const) {
      const name = `${kind}.${extension}`;
      const path = join(FIXTURE_ROOT, rule.id, name);
      test(`${rule.id} ${name}`, (t) => {
        if (!existsSync(path)) {
          if (extension === 'bicep') return t.todo('Bicep fixture not written yet');
          assert.fail(`missing fixture ${path}`);
        }
        const text = readFileSync(path, 'utf8');
        const result = analyzeDocument({ path, text }, { ruleLevels: levelsOnly(rule.id) });
        const syntax = result.findings.filter((f) => f.code === 'syntax-error' || f.code === 'internal-error');
        assert.deepEqual(syntax.map((f) => f.message), [], 'fixtures must parse and analyse cleanly');
        const own = result.findings.filter((f) => f.code === rule.id);
        if (kind === 'fail') assert.ok(own.length > 0, `${name} must produce at least one ${rule.id} finding`);
        else assert.equal(own.length, 0, `${name} must produce no ${rule.id} finding:\n${findingLines(own, result.files).join('\n')}`);

        const actual = findingLines(result.findings, result.files).join('\n') + '\n';
        const baseline = `${path}.expected`;
        if (UPDATE) writeFileSync(baseline, actual);
        else if (!existsSync(baseline)) assert.fail(`missing baseline ${baseline} (run with UPDATE_BASELINES=1 and review it)`);
        else assert.equal(actual, readFileSync(baseline, 'utf8'), `baseline ${baseline} differs (UPDATE_BASELINES=1 to accept)`);

        for (const finding of own) {
          for (const fix of renderOffers(finding.fixes)) {
            const edits = fix.edits.filter((e) => e.path === path);
            assert.equal(edits.length, fix.edits.length, 'fixture fixes edit only the fixture');
            const fixed = applyEdits(text, edits);
            const after = analyzeDocument({ path, text: fixed }, { ruleLevels: levelsOnly(rule.id) });
            assert.deepEqual(after.findings.filter((f) => f.code === 'syntax-error').map((f) => f.message), [], `fix "${fix.title}" leaves a file that parses`);
            const stillThere = after.findings.filter((f) => f.code === rule.id && f.message === finding.message);
            assert.ok(stillThere.length < own.filter((f) => f.message === finding.message).length, `fix "${fix.title}" removes its finding`);
          }
        }
      });
    }
  }
}
