/**
 * Acceptance: the private endpoint rules (rules.md, "Private endpoints" and the endpoint rules of the second catalog), on single-file cases written apart
 * from the implementation.
 *
 * Every file under test/acceptance/<rule-id>/ (for the rule ids below) is one case. It starts with comment lines:
 *   // expect: <rule-id> <count>            how many findings of that rule the file must produce (0 for a trap)
 *   // expect-line: <n>                     (optional, repeatable) 1-based line where one of those findings starts
 *   // expect-message: <text>               (optional, repeatable) text every finding of the rule must contain
 *                                           (used to check that a finding resting on a parameter default names it)
 *   // expect-severity: <level>             (optional) severity every finding of the rule must have
 *   // expect-known-gap: <reason>           (optional) a shared-engine gap: the case is reported as todo
 * The file is analysed with all rules at their default levels; besides the counts, no `syntax-error` or
 * `internal-error` finding may appear.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyzeDocument, describeFinding, describeRules } from '../../server/src/engine';
import type { EngineFinding } from '../../server/src/engine/api';

const RULE_IDS = [
  'pe-single-connection',
  'pe-single-group-id',
  'pe-valid-group-id',
  'pe-dns-zone-group',
  'pe-dns-zone-name',
  'pe-dns-zone-group-limits',
  'pe-target-public-access',
  'pe-subnet-reserved',
  'pe-static-ip-in-subnet',
  'pe-vnet-location',
  'pe-request-message-length',
  'pe-target-sku',
  // Added in the second catalog.
  'pe-subnet-nsg-policies',
  'pe-dfs-needs-blob',
  'pe-connection-target-missing',
  'pe-dns-zone-group-incomplete',
] as const;

/** The folder with package.json above the compiled test (out/test/acceptance/…). */
function findRepoRoot(start: string): string {
  let dir = start;
  for (;;) {
    if (fs.existsSync(path.join(dir, 'package.json'))) return dir;
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error(`no package.json above ${start}`);
    dir = parent;
  }
}

const casesRoot = path.join(findRepoRoot(__dirname), 'test', 'acceptance');

interface Expectation {
  readonly rule: string;
  readonly count: number;
  readonly lines: number[];
  readonly messages: string[];
  readonly severity?: string;
  readonly knownGap?: string;
}

function readExpectation(file: string, text: string): Expectation {
  let rule: string | undefined;
  let count: number | undefined;
  const lines: number[] = [];
  const messages: string[] = [];
  let severity: string | undefined;
  let knownGap: string | undefined;
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (!line.startsWith('// expect')) break;
    let m: RegExpMatchArray | null;
    if ((m = /^\/\/ expect:\s+(\S+)\s+(\d+)\s*$/.exec(line))) {
      rule = m[1];
      count = Number(m[2]);
    } else if ((m = /^\/\/ expect-line:\s+(\d+)\s*$/.exec(line))) {
      lines.push(Number(m[1]));
    } else if ((m = /^\/\/ expect-message:\s+(.+)$/.exec(line))) {
      messages.push(m[1].trim());
    } else if ((m = /^\/\/ expect-severity:\s+(\S+)\s*$/.exec(line))) {
      severity = m[1];
    } else if ((m = /^\/\/ expect-known-gap:\s+(.+)$/.exec(line))) {
      knownGap = m[1].trim();
    } else {
      throw new Error(`${file}: unreadable expectation line "${line}"`);
    }
  }
  if (rule === undefined || count === undefined) throw new Error(`${file}: no "// expect: <rule-id> <count>" line`);
  return { rule, count, lines, messages, severity, knownGap };
}

/** 1-based line of a UTF-16 offset. */
function lineOf(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

function describeFindings(findings: readonly EngineFinding[], text: string): string {
  return findings.map((f) => `    ${lineOf(text, f.range.start)}: ${f.code} (${f.severity}) ${describeFinding(f)}`).join('\n');
}

test('every rule of the set is enabled by default', () => {
  const defaults = new Map(describeRules().map((r) => [r.id, r.defaultLevel as string]));
  for (const id of RULE_IDS) {
    assert.ok(defaults.has(id), `${id} is not a registered rule`);
    assert.notEqual(defaults.get(id), 'off', `${id} is off by default`);
  }
});

for (const ruleId of RULE_IDS) {
  describe(`acceptance: ${ruleId}`, () => {
    const folder = path.join(casesRoot, ruleId);
    const files = fs.existsSync(folder)
      ? fs.readdirSync(folder).filter((f) => f.endsWith('.json') || f.endsWith('.bicep')).sort()
      : [];
    test('has cases in ARM JSON and Bicep', () => {
      assert.ok(files.some((f) => f.endsWith('.json')), `no ARM JSON case for ${ruleId}`);
      assert.ok(files.some((f) => f.endsWith('.bicep')), `no Bicep case for ${ruleId}`);
    });
    for (const name of files) {
      const file = path.join(folder, name);
      const text = fs.readFileSync(file, 'utf8');
      const expectation = readExpectation(file, text);
      const options = expectation.knownGap ? { todo: `known gap: ${expectation.knownGap}` } : {};
      test(name, options, () => {
        assert.equal(expectation.rule, ruleId, `${name} sits in the folder of ${ruleId} but expects ${expectation.rule}`);
        const result = analyzeDocument({ path: file, text });
        assert.ok(result.language, `${name} is not recognised as a template`);
        const broken = result.findings.filter((f) => f.code === 'syntax-error' || f.code === 'internal-error');
        assert.equal(broken.length, 0, `syntax or internal errors:\n${describeFindings(broken, text)}`);

        const own = result.findings.filter((f) => f.code === ruleId && f.path === file);
        const elsewhere = result.findings.filter((f) => f.code === ruleId && f.path !== file);
        assert.equal(elsewhere.length, 0, `findings located in other files: ${elsewhere.map((f) => f.path).join(', ')}`);
        const report = `\n  all findings:\n${describeFindings(result.findings, text)}`;
        assert.equal(own.length, expectation.count, `expected ${expectation.count} ${ruleId} finding(s), got ${own.length}${report}`);

        const actualLines = own.map((f) => lineOf(text, f.range.start));
        const unmatched = [...actualLines];
        for (const want of expectation.lines) {
          const index = unmatched.indexOf(want);
          assert.ok(index >= 0, `expected a ${ruleId} finding starting on line ${want}, found lines ${actualLines.join(', ')}${report}`);
          unmatched.splice(index, 1);
        }
        for (const part of expectation.messages) {
          for (const f of own) assert.ok(describeFinding(f).includes(part), `message should name "${part}": ${describeFinding(f)}`);
        }
        if (expectation.severity) {
          for (const f of own) assert.equal(f.severity, expectation.severity, `severity of: ${f.message}`);
        }
      });
    }
  });
}
