/**
 * Isolation: a rule that throws becomes one `internal-error` finding naming the rule, and every other rule's
 * findings stay exactly as they were (injected through the engine's own `runRules(rules, …)`, no test hook in the
 * analysis); a failure outside the rules (here: the caller's host throwing while a module is read) becomes one
 * internal error instead of an exception; hovers never throw. The VS Code client restarts a crashed server (the
 * library's policy) and says so once.
 */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { analyzeDocument, hoverAt } from '../../server/src/engine';
import { buildModel } from '../../server/src/engine/buildModel';
import { ResourceGraph } from '../../server/src/engine/graph/resourceGraph';
import { getKnowledge } from '../../server/src/engine/knowledge/knowledge';
import { SourceFile } from '../../server/src/engine/model/sourceFile';
import { RULES } from '../../server/src/engine/rules/registry';
import { RawFinding, runRules } from '../../server/src/engine/rules/framework/runRules';
import type { Rule } from '../../server/src/engine/rules/framework/rule';
import { testSource } from '../support/paths';
import { RESTART_NOTICE, withRestartNotice } from '../../client/src/restartNotice';
import { AnalysisContext } from '../../server/src/engine/analysisContext';

/** A fixture with findings from several rules. */
function fixture(name: string): SourceFile {
  const path = testSource('rules', name);
  return new SourceFile(path, fs.readFileSync(path, 'utf8'), name.endsWith('.bicep') ? 'bicep' : 'arm');
}

function run(rules: readonly Rule[], file: SourceFile): RawFinding[] {
  const analysis = new AnalysisContext();
  const model = buildModel(file, {}, analysis);
  return runRules(rules, model, new ResourceGraph(model, analysis), getKnowledge(), {});
}

const describe = (findings: readonly RawFinding[]): string[] =>
  findings.map((f) => `${f.code} ${f.at.span.start}-${f.at.span.end} ${f.message}`);

function throwing(id: string, error: unknown, afterReporting = false): Rule {
  return {
    id,
    defaultLevel: 'error',
    title: 'A rule that fails (test only)',
    check(context) {
      if (afterReporting)
        context.report({ at: { file: context.model.root.file, span: { start: 0, end: 1 } }, message: 'reported before failing' });
      throw error;
    },
  };
}

for (const name of ['pe-single-connection/fail.json', 'pe-single-connection/fail.bicep', 'pe-dns-zone-group/fail.json']) {
  test(`a throwing rule becomes one internal-error naming it; the other rules' findings stay intact (${name})`, () => {
    const file = fixture(name);
    const expected = run(RULES, file);
    assert.ok(expected.length > 0, 'the fixture has findings');
    const middle = Math.floor(RULES.length / 2);
    const rules = [
      throwing('test-throws-first', new TypeError("Cannot read properties of undefined (reading 'properties')")),
      ...RULES.slice(0, middle),
      throwing('test-throws-middle', new RangeError('Maximum call stack size exceeded')),
      ...RULES.slice(middle),
    ];
    const findings = run(rules, file);
    const internal = findings.filter((f) => f.code === 'internal-error');
    assert.equal(internal.length, 2);
    assert.match(
      internal[0].message,
      /^Internal error in test-throws-first: Cannot read properties of undefined \(reading 'properties'\)\. Other rules still ran/,
    );
    assert.match(internal[1].message, /^Internal error in test-throws-middle: Maximum call stack size exceeded\./);
    for (const f of internal) {
      assert.equal(f.severity, 'warning');
      assert.equal(f.at.file.path, file.path);
    }
    assert.deepEqual(describe(findings.filter((f) => f.code !== 'internal-error')), describe(expected));
  });
}

test('a rule failing after it reported keeps what it reported, plus the internal error; odd throw values are described', () => {
  const file = fixture('pe-single-connection/fail.json');
  const findings = run([throwing('test-partial', 'a plain string', true), throwing('test-undefined', undefined), ...RULES], file);
  assert.deepEqual(
    findings.filter((f) => f.code.startsWith('test-') || f.code === 'internal-error').map((f) => `${f.code}: ${f.message}`),
    [
      'test-partial: reported before failing',
      'internal-error: Internal error in test-partial: a plain string. Other rules still ran; please report this.',
      'internal-error: Internal error in test-undefined: undefined. Other rules still ran; please report this.',
    ],
  );
  assert.deepEqual(
    describe(findings.filter((f) => !f.code.startsWith('test-') && f.code !== 'internal-error')),
    describe(run(RULES, file)),
  );
});

test('a failure outside the rules (the host throws while a module is read) is one internal error, not an exception', () => {
  const host = {
    workspaceRoot: '/ws',
    readFile(): string {
      throw new Error('disk on fire');
    },
  };
  const text = "module m './m.bicep' = { name: 'm' }\n";
  const result = analyzeDocument({ path: '/ws/main.bicep', text }, { host });
  assert.deepEqual(
    result.findings.map((f) => `${f.code}: ${f.message}`),
    ['internal-error: Internal error in the analysis: disk on fire. Other rules still ran; please report this.'],
  );
  assert.equal(hoverAt({ path: '/ws/main.bicep', text }, 3, { host }), undefined);
});

test('rule levels still apply around a failing rule: an `off` rule is not run, so it cannot fail', () => {
  const file = fixture('pe-single-connection/fail.json');
  const analysis = new AnalysisContext();
  const model = buildModel(file, {}, analysis);
  const findings = runRules(
    [throwing('test-off', new Error('never')), ...RULES],
    model,
    new ResourceGraph(model, analysis),
    getKnowledge(),
    { 'test-off': 'off' },
  );
  assert.ok(!findings.some((f) => f.code === 'internal-error'));
});

// -- the client -------------------------------------------------------------------------------------------------

test('the client tells the user once that it restarted a crashed server, and keeps the default restart policy', async () => {
  const RESTART = 2; // CloseAction.Restart
  const DO_NOT_RESTART = 1;
  const decisions = [RESTART, RESTART, RESTART, DO_NOT_RESTART];
  const base = {
    error: () => ({ action: 1 }),
    closed: () => ({ action: decisions.shift()!, message: decisions.length === 0 ? 'The server crashed 5 times' : undefined }),
  };
  const shown: string[] = [];
  const handler = withRestartNotice(base as never, (message) => shown.push(message), RESTART as never);
  const results = [await handler.closed(), await handler.closed(), await handler.closed(), await handler.closed()];
  assert.deepEqual(shown, [RESTART_NOTICE]);
  assert.match(RESTART_NOTICE, /^Private Link Guidance restarted its language server/);
  assert.deepEqual(
    results.map((r) => [r.action, r.handled ?? false]),
    [
      [RESTART, true],
      [RESTART, true],
      [RESTART, true],
      [DO_NOT_RESTART, false],
    ],
  );
  assert.deepEqual(await handler.error(new Error('x'), undefined, 1), { action: 1 });
});
