/**
 * ARM/Bicep parity: where a rule's fixture folder has the same case written in both languages, the rule must find
 * the same things in both. Compares the multiset of (code, severity) of the rule's findings, with only that rule
 * enabled; positions and messages naturally differ between the languages.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeDocument, describeRules } from '../../server/src/engine';
import type { RuleLevel } from '../../server/src/engine/api';
import { repoRoot } from '../support/paths';

const FIXTURE_ROOT = join(repoRoot, 'test', 'rules');

/**
 * Every other rule off; the rule under test keeps no explicit level, so a finding's own level (a case-only group id
 * mismatch is a warning in an error rule) shows, as it does for users who configure nothing.
 */
function onlyRule(id: string): Record<string, RuleLevel> {
  const levels: Record<string, RuleLevel> = {};
  for (const rule of describeRules()) if (rule.id !== id) levels[rule.id] = 'off';
  return levels;
}

/** Sorted `severity code` lines of the rule's findings in one fixture. */
function findingKinds(id: string, path: string): string[] {
  const result = analyzeDocument({ path, text: readFileSync(path, 'utf8') }, { ruleLevels: onlyRule(id) });
  const broken = result.findings.filter((f) => f.code === 'syntax-error' || f.code === 'internal-error');
  assert.deepEqual(
    broken.map((f) => f.message),
    [],
    `${path} must parse and analyse cleanly`,
  );
  return result.findings
    .filter((f) => f.code === id)
    .map((f) => `${f.severity} ${f.code}`)
    .sort();
}

for (const rule of describeRules()) {
  for (const kind of ['fail', 'pass'] as const) {
    const json = join(FIXTURE_ROOT, rule.id, `${kind}.json`);
    const bicep = join(FIXTURE_ROOT, rule.id, `${kind}.bicep`);
    test(`${rule.id} ${kind}: ARM JSON and Bicep agree`, (t) => {
      if (!existsSync(json) || !existsSync(bicep)) return t.skip(`no ${kind}.json/${kind}.bicep pair`);
      assert.deepEqual(
        findingKinds(rule.id, bicep),
        findingKinds(rule.id, json),
        `${kind}.bicep must give the same findings (code and severity) as ${kind}.json`,
      );
    });
  }
}
