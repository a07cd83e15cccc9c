/**
 * Every finding message, as users read it (`describeFinding`: the message with the parameters and parameter files it
 * rests on), keeps the house style (issue 19): one sentence ending in one period (or one question mark), no raw
 * expression text, values quoted the way the file's own language quotes them ('x' in Bicep, "x" in ARM JSON), lists
 * of names in words ("parameters 'a' and 'b'"), and a squiggle no longer than the value it is about. Read from every
 * rule fixture and numbered case under test/rules/ and every sample, in both languages.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeDocument, describeFinding, describeRules } from '../../server/src/engine';
import type { EngineFinding, RuleLevel } from '../../server/src/engine/api';
import { LineIndex } from '../../server/src/engine/text/lineIndex';
import { isRuleCase, isRuleFixture, RULE_TESTS_ROOT } from '../support/ruleFolders';
import { repoRoot } from '../support/paths';

/**
 * The longest squiggle, in lines. A finding points at the value it is about (a property's value, a list item); a
 * resource-wide finding points at the resource's name, never at its whole body.
 */
const MAX_RANGE_LINES = 3;

interface Seen {
  readonly where: string;
  readonly finding: EngineFinding;
  readonly text: string;
}

function onlyRule(id: string): Record<string, RuleLevel> {
  const levels: Record<string, RuleLevel> = {};
  for (const rule of describeRules()) if (rule.id !== id) levels[rule.id] = 'off';
  return levels;
}

/** Every finding of every rule fixture, numbered case and sample. */
function everyFinding(): Seen[] {
  const seen: Seen[] = [];
  const analyse = (path: string, levels?: Record<string, RuleLevel>): void => {
    const text = readFileSync(path, 'utf8');
    const result = analyzeDocument({ path, text }, levels ? { ruleLevels: levels } : {});
    for (const finding of result.findings) {
      if (finding.code === 'syntax-error' || finding.code === 'internal-error') continue;
      seen.push({ where: path.slice(repoRoot.length + 1), finding, text: result.files.get(finding.path) ?? text });
    }
  };
  for (const rule of describeRules()) {
    const folder = join(RULE_TESTS_ROOT, rule.id);
    for (const name of readdirSync(folder).sort()) {
      if (isRuleFixture(name)) analyse(join(folder, name), onlyRule(rule.id));
      else if (isRuleCase(name)) analyse(join(folder, name));
    }
  }
  const samples = join(repoRoot, 'samples');
  for (const name of readdirSync(samples).sort()) if (/\.(json|bicep)$/.test(name)) analyse(join(samples, name));
  return seen;
}

const findings = everyFinding();

/** Each rule's findings are checked separately, so a failure names its rule; each failure lists every offender. */
function check(what: string, broken: (message: string, seen: Seen) => boolean): void {
  const offenders = findings
    .filter((seen) => broken(describeFinding(seen.finding), seen))
    .map((seen) => `  ${seen.where} ${seen.finding.code}: ${describeFinding(seen.finding)}`);
  assert.deepEqual([...new Set(offenders)], [], `${what}:\n${[...new Set(offenders)].join('\n')}`);
}

function isBicep(seen: Seen): boolean {
  return /\.bicep(param)?$/i.test(seen.finding.path);
}

test('the fixtures produce findings of every rule (the style checks below read them)', () => {
  const codes = new Set(findings.map((s) => s.finding.code));
  const missing = describeRules()
    .map((rule) => rule.id)
    .filter((id) => !codes.has(id));
  assert.deepEqual(missing, []);
  assert.ok(findings.some(isBicep) && findings.some((s) => !isBicep(s)), 'findings in both languages');
  assert.ok(
    findings.some((s) => s.finding.basedOn.length > 0),
    'some findings name the parameters they rest on',
  );
});

test('a message is one sentence: it ends in one period (or one question mark) and no sentence ends inside it', () => {
  check('not one sentence', (message) => !/[^.?!][.?]$/.test(message) || /[.?!]["')\]]?\s+[A-Z]/.test(message));
});

test('a message has no doubled punctuation or spaces', () => {
  check('doubled punctuation or spaces', (message) => /\.\)\.|\.\.(?!\.)|\?\.|\.\?| {2}|\s[.,;:]|\) \(/.test(message));
});

test('a message shows no raw expression text: no ARM expression in a Bicep message, no unknown-value marker anywhere', () => {
  check('raw expression text', (message, seen) => {
    if (/<[^<>\s]*\(/.test(message) || message.includes('\u0000')) return true;
    return isBicep(seen) && /\[?\b(parameters|variables|resourceId|reference|concat|format)\('/.test(message);
  });
});

test("values are quoted in the file's own language: 'x' in Bicep, \"x\" in ARM JSON", () => {
  // An opening quote follows a space, a bracket or the start; an apostrophe inside a word (endpoint's) is none.
  const single = /(^|[\s([,])'[^'\s]/;
  const double = /(^|[\s([,])"[^"\s]/;
  check('quoted in the other language', (message, seen) => (isBicep(seen) ? double.test(message) : single.test(message)));
});

test("names are listed in words: \"parameters 'a' and 'b'\", never \"parameter 'a', 'b'\"", () => {
  check('a list in the singular, or without "and"', (message) => {
    if (/\bparameter ['"][^'"]*['"],/.test(message) || /\bparameter ['"][^'"]*['"] and ['"]/.test(message)) return true;
    if (/\bparameters ['"][^'"]*['"](?! and| or|,)/.test(message)) return true;
    // "'a', 'b' all use": a list of three or more ends with "and".
    return /['"][^'"]*['"], ['"][^'"]*['"](?!,| and| or)/.test(message);
  });
});

test(`a finding's range spans at most ${MAX_RANGE_LINES} lines`, () => {
  const indexes = new Map<string, LineIndex>();
  check(`a range of more than ${MAX_RANGE_LINES} lines`, (_message, seen) => {
    let index = indexes.get(seen.text);
    if (!index) indexes.set(seen.text, (index = new LineIndex(seen.text)));
    const lines = index.positionAt(seen.finding.range.end).line - index.positionAt(seen.finding.range.start).line + 1;
    return lines > MAX_RANGE_LINES;
  });
});
