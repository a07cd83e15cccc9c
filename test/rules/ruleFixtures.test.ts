/**
 * Every rule's folder, test/rules/<rule-id>/ (what it holds: test/support/ruleFolders.ts), run by one harness:
 * - fixtures: `fail.*` must produce findings of the rule and `pass.*` none, in ARM JSON and Bicep alike, with only
 *   that rule enabled; the findings must match the `.expected` baseline next to the fixture; every offered fix,
 *   applied, must remove its finding and leave a file that still parses, and the text it writes must match its
 *   `.fixed` baseline (test/support/ruleFixes.ts names them). UPDATE_BASELINES=1 rewrites both kinds of baseline.
 * - numbered cases: each analysed alone with every rule at its default level must produce what its `// expect:`
 *   header says (test/support/ruleCases.ts), and no `syntax-error` or `internal-error`; the rule's findings, with
 *   their related locations and fix titles, must match `<case>.expected` (kept only for cases with findings).
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { analyzeDocument, describeFinding, describeRules } from '../../server/src/engine';
import type { EngineFinding, RuleLevel } from '../../server/src/engine/api';
import { findingLines } from '../support/findingText';
import { isRuleCase, RULE_TESTS_ROOT } from '../support/ruleFolders';
import { appliedFixes, fixBaselineName, isFixBaselineOf } from '../support/ruleFixes';
import { lineOfOffset, readCaseExpectation } from '../support/ruleCases';

const UPDATE = process.env.UPDATE_BASELINES === '1';
/**
 * `PRIVATELINK_RULE_TESTS=<id>[,<id>…]`: only those rules' folders (set by `npm run mutate` when it mutates rule files
 * alone, so that each mutant of one rule runs that rule's fixtures and cases, not every rule's). Unset: every rule.
 */
const ONLY_RULES = process.env.PRIVATELINK_RULE_TESTS?.split(',').filter(Boolean);

/**
 * Only the rule under test runs, so a fixture checks one rule and stays short. Its own level is left unset so that
 * per-finding levels (a case-only group id is a warning) show in the baselines as users see them.
 */
function levelsOnly(id: string): Record<string, RuleLevel> {
  const levels: Record<string, RuleLevel> = {};
  for (const rule of describeRules()) if (rule.id !== id) levels[rule.id] = 'off';
  return levels;
}

/** Compares `actual` with the baseline file, or writes it in update mode. */
function checkBaseline(baseline: string, actual: string): void {
  if (UPDATE) writeFileSync(baseline, actual);
  else if (!existsSync(baseline)) assert.fail(`missing baseline ${baseline} (run with UPDATE_BASELINES=1 and review it)`);
  else assert.equal(actual, readFileSync(baseline, 'utf8'), `baseline ${baseline} differs (UPDATE_BASELINES=1 to accept)`);
}

function checkFixture(ruleId: string, folder: string, name: string): void {
  const path = join(folder, name);
  const text = readFileSync(path, 'utf8');
  const result = analyzeDocument({ path, text }, { ruleLevels: levelsOnly(ruleId) });
  const syntax = result.findings.filter((f) => f.code === 'syntax-error' || f.code === 'internal-error');
  assert.deepEqual(
    syntax.map((f) => f.message),
    [],
    'fixtures must parse and analyse cleanly',
  );
  const own = result.findings.filter((f) => f.code === ruleId);
  if (name.startsWith('fail.')) assert.ok(own.length > 0, `${name} must produce at least one ${ruleId} finding`);
  else assert.equal(own.length, 0, `${name} must produce no ${ruleId} finding:\n${findingLines(own, result.files).join('\n')}`);

  checkBaseline(`${path}.expected`, findingLines(result.findings, result.files).join('\n') + '\n');

  const fixBaselines = new Set<string>();
  result.findings.forEach((finding, index) => {
    if (finding.code !== ruleId) return;
    appliedFixes(finding, path, text).forEach((fix, fixIndex) => {
      assert.ok(
        fix.edits.every((e) => e.path === path),
        'fixture fixes edit only the fixture',
      );
      const after = analyzeDocument({ path, text: fix.text }, { ruleLevels: levelsOnly(ruleId) });
      assert.deepEqual(
        after.findings.filter((f) => f.code === 'syntax-error').map((f) => f.message),
        [],
        `fix "${fix.title}" leaves a file that parses`,
      );
      const stillThere = after.findings.filter((f) => f.code === ruleId && f.message === finding.message);
      assert.ok(stillThere.length < own.filter((f) => f.message === finding.message).length, `fix "${fix.title}" removes its finding`);
      const baseline = fixBaselineName(name, index + 1, fixIndex + 1);
      fixBaselines.add(baseline);
      checkBaseline(join(folder, baseline), fix.text);
    });
  });
  // A baseline left from a fix that is no longer offered would otherwise pass unnoticed.
  const stale = readdirSync(folder).filter((file) => isFixBaselineOf(name, file) && !fixBaselines.has(file));
  if (UPDATE) for (const file of stale) unlinkSync(join(folder, file));
  else assert.deepEqual(stale, [], `fix baselines of ${name} for fixes no longer offered (UPDATE_BASELINES=1 removes them)`);
}

function describeFindings(findings: readonly EngineFinding[], text: string): string {
  return findings.map((f) => `    ${lineOfOffset(text, f.range.start)}: ${f.code} (${f.severity}) ${describeFinding(f)}`).join('\n');
}

function checkCase(ruleId: string, file: string, text: string): void {
  const expectation = readCaseExpectation(file, text);
  assert.equal(expectation.rule, ruleId, `${file} sits in the folder of ${ruleId} but expects ${expectation.rule}`);
  const result = analyzeDocument({ path: file, text });
  assert.ok(result.language, `${file} is not recognised as a template`);
  const broken = result.findings.filter((f) => f.code === 'syntax-error' || f.code === 'internal-error');
  assert.equal(broken.length, 0, `syntax or internal errors:\n${describeFindings(broken, text)}`);

  const own = result.findings.filter((f) => f.code === ruleId && f.path === file);
  const elsewhere = result.findings.filter((f) => f.code === ruleId && f.path !== file);
  assert.equal(elsewhere.length, 0, `findings located in other files: ${elsewhere.map((f) => f.path).join(', ')}`);
  const report = `\n  all findings:\n${describeFindings(result.findings, text)}`;
  assert.equal(own.length, expectation.count, `expected ${expectation.count} ${ruleId} finding(s), got ${own.length}${report}`);

  const actualLines = own.map((f) => lineOfOffset(text, f.range.start));
  const unmatched = [...actualLines];
  for (const want of expectation.lines) {
    const index = unmatched.indexOf(want);
    assert.ok(index >= 0, `expected a ${ruleId} finding starting on line ${want}, found lines ${actualLines.join(', ')}${report}`);
    unmatched.splice(index, 1);
  }
  for (const part of expectation.messages) {
    for (const f of own) assert.ok(describeFinding(f).includes(part), `message should name "${part}": ${describeFinding(f)}`);
  }
  for (const want of expectation.related) {
    for (const f of own) {
      const shown = f.related.map((r) => `${lineOfOffset(text, r.range.start)}: ${r.message}`);
      assert.ok(
        f.related.some((r) => r.path === file && lineOfOffset(text, r.range.start) === want.line && r.message.includes(want.text)),
        `related location "${want.line}: ${want.text}" missing from: ${describeFinding(f)}\n    related: ${shown.join(' | ')}`,
      );
    }
  }
  if (expectation.severity) {
    for (const f of own) assert.equal(f.severity, expectation.severity, `severity of: ${describeFinding(f)}`);
  }
  // The whole text users read (message, related locations, fix titles) of the rule's findings, beside the case.
  if (own.length > 0) {
    checkBaseline(`${file}.expected`, findingLines(own, result.files, (path) => relative(dirname(file), path), true).join('\n') + '\n');
  } else if (existsSync(`${file}.expected`)) {
    if (UPDATE) unlinkSync(`${file}.expected`);
    else assert.fail(`${file}.expected is left from findings the case no longer has (UPDATE_BASELINES=1 removes it)`);
  }
}

if (ONLY_RULES) {
  test('PRIVATELINK_RULE_TESTS names rules that exist', () => {
    const known = new Set(describeRules().map((rule) => rule.id));
    assert.deepEqual(
      ONLY_RULES.filter((id) => !known.has(id)),
      [],
    );
  });
}

for (const rule of describeRules()) {
  if (ONLY_RULES && !ONLY_RULES.includes(rule.id)) continue;
  const folder = join(RULE_TESTS_ROOT, rule.id);
  const cases = existsSync(folder) ? readdirSync(folder).filter(isRuleCase).sort() : [];
  describe(rule.id, () => {
    test('is enabled by default and has at least 6 numbered cases, in ARM JSON and Bicep', () => {
      assert.notEqual(rule.defaultLevel, 'off', `${rule.id} is off by default`);
      assert.ok(cases.length >= 6, `${rule.id}: at least 6 cases expected, found ${cases.length}`);
      assert.ok(
        cases.some((f) => f.endsWith('.json')),
        `no ARM JSON case for ${rule.id}`,
      );
      assert.ok(
        cases.some((f) => f.endsWith('.bicep')),
        `no Bicep case for ${rule.id}`,
      );
    });

    for (const kind of ['fail', 'pass'] as const) {
      for (const extension of ['json', 'bicep'] as const) {
        const name = `${kind}.${extension}`;
        test(name, (t) => {
          if (!existsSync(join(folder, name))) {
            if (extension === 'bicep') return t.todo('Bicep fixture not written yet');
            assert.fail(`missing fixture ${join(folder, name)}`);
          }
          checkFixture(rule.id, folder, name);
        });
      }
    }

    for (const name of cases) {
      const file = join(folder, name);
      const text = readFileSync(file, 'utf8');
      const knownGap = readCaseExpectation(file, text).knownGap;
      test(name, knownGap ? { todo: `known gap: ${knownGap}` } : {}, () => checkCase(rule.id, file, text));
    }
  });
}
