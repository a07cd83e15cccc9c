/**
 * Acceptance: private DNS zone rules and Private Link service rules, written blind to the implementation from
 * rules.md, the facts file and the rule pages.
 *
 * Every file under test/acceptance/<rule-id>/ (for the rules below) is one single-file case. It starts with
 *   // expect: <rule-id> <count>
 * optionally followed by
 *   // expect-line: <1-based line of a finding's start>        (one line per finding, any order)
 *   // expect-message: <text every finding of the rule must contain>   (e.g. the parameter whose default decides)
 *   // expect-known-gap: <reason>                                (shared-engine gap: the case is reported as todo)
 * The case is analysed with analyzeDocument and every rule at its default level; the number of findings of the
 * rule (and their lines and messages, when given) must match, and no syntax-error / internal-error may appear.
 */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, test } from 'node:test';
import { analyzeDocument, describeFinding as fullMessage, describeRules, type EngineFinding, type RuleLevel } from '../../server/src/engine';

const RULES = [
  'dns-zone-vnet-link',
  'dns-zone-auto-registration',
  'dns-zone-public-name',
  'pls-standard-load-balancer',
  'pls-nat-ip-count',
  'pls-per-load-balancer',
  'pls-subnet-network-policies',
  'pls-same-region',
  'pls-ipv4-only',
  'pls-nic-backend-pool',
  'pls-visibility-everyone',
  'pls-auto-approval-scope',
  'pls-proxy-protocol-consistency',
  'pls-internal-frontend',
] as const;

function repoRoot(): string {
  let dir = __dirname;
  while (!fs.existsSync(path.join(dir, 'package.json'))) {
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error(`no package.json above ${__dirname}`);
    dir = parent;
  }
  return dir;
}

interface Expectation {
  readonly rule: string;
  readonly count: number;
  readonly lines: number[];
  readonly messages: string[];
  readonly knownGap?: string;
}

function readExpectation(file: string, text: string): Expectation {
  const header = text.split(/\r?\n/).filter((l) => l.startsWith('// expect'));
  const first = /^\/\/ expect: (\S+) (\d+)\s*$/.exec(header[0] ?? '');
  if (!first) throw new Error(`${file}: first line must be "// expect: <rule-id> <count>"`);
  const lines: number[] = [];
  const messages: string[] = [];
  let knownGap: string | undefined;
  for (const l of header.slice(1)) {
    let m: RegExpExecArray | null;
    if ((m = /^\/\/ expect-line: (\d+)\s*$/.exec(l))) lines.push(Number(m[1]));
    else if ((m = /^\/\/ expect-message: (.+?)\s*$/.exec(l))) messages.push(m[1]);
    else if ((m = /^\/\/ expect-known-gap: (.+?)\s*$/.exec(l))) knownGap = m[1];
    else throw new Error(`${file}: unknown header line ${l}`);
  }
  return { rule: first[1], count: Number(first[2]), lines, messages, knownGap };
}

function lineOf(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

function describeFinding(text: string, f: EngineFinding): string {
  return `${f.code} @${lineOf(text, f.range.start)}: ${fullMessage(f)}`;
}

const root = repoRoot();
const casesRoot = path.join(root, 'test', 'acceptance');
const ruleLevels: Record<string, RuleLevel> = {};
for (const r of describeRules()) ruleLevels[r.id] = r.defaultLevel;

describe('acceptance: private DNS zones and Private Link services', () => {
  test('every rule of the set is known to the engine and has cases', () => {
    for (const rule of RULES) {
      assert.ok(rule in ruleLevels, `${rule} is not a registered rule`);
      const dir = path.join(casesRoot, rule);
      const files = fs.existsSync(dir) ? fs.readdirSync(dir).filter((f) => /\.(json|bicep)$/.test(f)) : [];
      assert.ok(files.length >= 6, `${rule}: at least 6 cases expected, found ${files.length}`);
    }
  });

  for (const rule of RULES) {
    const dir = path.join(casesRoot, rule);
    if (!fs.existsSync(dir)) continue;
    describe(rule, () => {
      for (const name of fs.readdirSync(dir).filter((f) => /\.(json|bicep)$/.test(f)).sort()) {
        const file = path.join(dir, name);
        const text = fs.readFileSync(file, 'utf8');
        const expected = readExpectation(`${rule}/${name}`, text);
        const run = (): void => {
          assert.equal(expected.rule, rule, `${name}: header names ${expected.rule}, folder is ${rule}`);
          const result = analyzeDocument({ path: file, text }, { ruleLevels });
          const all = result.findings.filter((f) => f.path === file || path.resolve(f.path) === file);
          const broken = result.findings.filter((f) => f.code === 'syntax-error' || f.code === 'internal-error');
          assert.deepEqual(broken.map((f) => describeFinding(text, f)), [], `${name}: parse/internal errors`);
          const mine = all.filter((f) => f.code === rule);
          const report = mine.map((f) => describeFinding(text, f)).join('\n  ') || '(none)';
          assert.equal(mine.length, expected.count, `${name}: expected ${expected.count} finding(s) of ${rule}, got:\n  ${report}`);
          if (expected.lines.length > 0) {
            const actual = mine.map((f) => lineOf(text, f.range.start)).sort((a, b) => a - b);
            assert.deepEqual(actual, [...expected.lines].sort((a, b) => a - b), `${name}: finding lines\n  ${report}`);
          }
          for (const part of expected.messages) {
            for (const f of mine) assert.ok(fullMessage(f).includes(part), `${name}: message should name "${part}": ${fullMessage(f)}`);
          }
        };
        if (expected.knownGap) test(`${name} (known gap: ${expected.knownGap})`, { todo: expected.knownGap }, run);
        else test(name, run);
      }
    });
  }
});
