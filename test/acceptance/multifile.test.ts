/**
 * Acceptance: deployments that span files (Bicep modules, nested and linked ARM templates, parameter files).
 *
 * Every folder under test/acceptance/multifile/ is one case with an `expect.json`:
 *   { "entry": "main.bicep", "parameters"?: "main.parameters.json", "knownGap"?: "<reason>",
 *     "findings": [ { "file": "modules/storage.bicep", "code": "pe-target-public-access", "line"?: 12 } ] }
 * A compiled template names its Bicep source case in `sameFindingsAs`; both must report the same (code, severity)
 * multiset, since the same project must give the same findings compiled and as source.
 * The built CLI runs from inside the case folder (`node dist/cli.js --format json [--parameters p] entry`), and the
 * multiset of (file, code[, line]) it reports across all files must equal the expected list: nothing missing, nothing
 * extra. The exit status must be 1 exactly when a finding at `error` level is reported.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, test } from 'node:test';
import { distCli, requireBuilt, testSource } from '../support/paths';

interface ExpectedFinding {
  readonly file: string;
  readonly code: string;
  readonly line?: number;
}

interface CaseSpec {
  readonly entry: string;
  readonly parameters?: string;
  /** The case that holds this project's Bicep source (this one is its `bicep build` output): same rules, same levels. */
  readonly sameFindingsAs?: string;
  readonly knownGap?: string;
  readonly findings: readonly ExpectedFinding[];
}

interface ActualFinding {
  readonly file: string;
  readonly code: string;
  readonly line: number;
  readonly severity: string;
  readonly message: string;
}

interface JsonReport {
  readonly version: number;
  readonly files: ReadonlyArray<{
    readonly path: string;
    readonly language: string;
    readonly diagnostics: ReadonlyArray<{
      readonly code: string;
      readonly severity: string;
      readonly message: string;
      readonly range: { readonly start: { readonly line: number; readonly character: number } };
    }>;
  }>;
}

/** Default levels from rules.md, used to tell which exit status the expected findings imply. */
const ERROR_RULES = new Set([
  'pe-single-connection',
  'pe-single-group-id',
  'pe-valid-group-id',
  'pe-dns-zone-group-limits',
  'pe-static-ip-in-subnet',
  'pe-vnet-location',
  'pe-request-message-length',
  'pe-connection-target-missing',
  'pls-standard-load-balancer',
  'pls-nat-ip-count',
  'pls-per-load-balancer',
  'pls-subnet-network-policies',
  'pls-same-region',
  'pls-ipv4-only',
  'pls-nic-backend-pool',
  'syntax-error',
]);

const casesRoot = testSource('acceptance', 'multifile');

function caseFolders(): string[] {
  return fs
    .readdirSync(casesRoot, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && fs.existsSync(path.join(casesRoot, entry.name, 'expect.json')))
    .map((entry) => entry.name)
    .sort();
}

function normalise(caseDir: string, reported: string): string {
  return path.relative(caseDir, path.resolve(caseDir, reported)).split(path.sep).join('/');
}

function runCase(caseDir: string, spec: CaseSpec): { status: number | null; findings: ActualFinding[]; stderr: string } {
  const args = [requireBuilt(distCli), '--format', 'json'];
  if (spec.parameters) args.push('--parameters', spec.parameters);
  args.push(spec.entry);
  const result = spawnSync(process.execPath, args, { cwd: caseDir, encoding: 'utf8', timeout: 60_000 });
  if (result.error) throw result.error;
  let report: JsonReport;
  try {
    report = JSON.parse(result.stdout) as JsonReport;
  } catch {
    throw new Error(`no JSON on stdout (status ${result.status}):\n${result.stdout}\n${result.stderr}`);
  }
  assert.equal(report.version, 1);
  const findings: ActualFinding[] = [];
  for (const file of report.files) {
    for (const d of file.diagnostics) {
      findings.push({
        file: normalise(caseDir, file.path),
        code: String(d.code),
        line: d.range.start.line + 1,
        severity: d.severity,
        message: d.message,
      });
    }
  }
  return { status: result.status, findings, stderr: result.stderr };
}

/** Matches expected findings to actual ones (lines only where given); returns what is left on either side. */
function compare(expected: readonly ExpectedFinding[], actual: readonly ActualFinding[]) {
  const left = [...actual];
  const missing: ExpectedFinding[] = [];
  // Findings with a line first, so that a line-less expectation does not take a finding a precise one needs.
  const ordered = [...expected].sort((a, b) => (a.line === undefined ? 1 : 0) - (b.line === undefined ? 1 : 0));
  for (const want of ordered) {
    const index = left.findIndex(
      (got) => got.file === want.file && got.code === want.code && (want.line === undefined || got.line === want.line),
    );
    if (index < 0) missing.push(want);
    else left.splice(index, 1);
  }
  return { missing, extra: left };
}

function describeFinding(f: ExpectedFinding | ActualFinding): string {
  const base = `${f.file}:${f.line ?? '?'} ${f.code}`;
  return 'message' in f ? `${base} (${f.severity}) ${f.message}` : base;
}

describe('acceptance: multi-file deployments through the CLI', () => {
  for (const name of caseFolders()) {
    const caseDir = path.join(casesRoot, name);
    const spec = JSON.parse(fs.readFileSync(path.join(caseDir, 'expect.json'), 'utf8')) as CaseSpec;
    const options = spec.knownGap ? { todo: `known gap: ${spec.knownGap}` } : {};
    test(name, options, () => {
      const { status, findings, stderr } = runCase(caseDir, spec);
      assert.notEqual(status, 2, `usage error or unreadable path: ${stderr}`);

      const { missing, extra } = compare(spec.findings, findings);
      if (missing.length > 0 || extra.length > 0) {
        assert.fail(
          [
            `findings differ for ${name} (entry ${spec.entry}${spec.parameters ? `, parameters ${spec.parameters}` : ''})`,
            ...missing.map((f) => `  missing: ${describeFinding(f)}`),
            ...extra.map((f) => `  extra:   ${describeFinding(f)}`),
            '  reported:',
            ...findings.map((f) => `    ${describeFinding(f)}`),
          ].join('\n'),
        );
      }

      if (spec.sameFindingsAs) {
        const sourceDir = path.join(casesRoot, spec.sameFindingsAs);
        const source = runCase(sourceDir, JSON.parse(fs.readFileSync(path.join(sourceDir, 'expect.json'), 'utf8')) as CaseSpec);
        const kinds = (list: readonly ActualFinding[]) => list.map((f) => `${f.severity} ${f.code}`).sort();
        assert.deepEqual(
          kinds(findings),
          kinds(source.findings),
          `the compiled template must report what its source ${spec.sameFindingsAs} reports`,
        );
      }

      const reportedError = findings.some((f) => f.severity === 'error');
      assert.equal(status, reportedError ? 1 : 0, 'exit status must follow the reported severities');
      const expectedError = spec.findings.some((f) => ERROR_RULES.has(f.code));
      assert.equal(status, expectedError ? 1 : 0, 'exit status must follow the default levels of the expected rules');
    });
  }
});
