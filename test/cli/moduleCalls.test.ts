/**
 * `privatelink-lint` on a module called twice with a bad value (issue 19 item 3): the module's finding is listed once
 * and names both calls (`causedBy` in the JSON output), each literal argument gets the finding repeated (`causes`),
 * and baselines count the mistake once: a baseline holds the module's finding, and the repeats go with it.
 */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { runCli } from '../support/cli';
import { makeTempDir, type TempDir } from '../support/tempDir';
import { armCaller, bicepCaller, ENDPOINT_MODULE_BICEP, ENDPOINT_MODULE_JSON } from '../support/moduleCalls';

interface JsonLocation {
  path: string;
  range: { start: { line: number; character: number } };
}
interface JsonDiagnostic {
  code: string;
  message: string;
  range: { start: { line: number } };
  causedBy?: { parameter: string; call: JsonLocation; argument: JsonLocation; literal: boolean }[];
  causes?: JsonLocation;
}
interface JsonOutput {
  files: { path: string; diagnostics: JsonDiagnostic[] }[];
}

const CODE = 'pe-valid-group-id';

describe('privatelink-lint: a module called twice with a bad value', () => {
  let workspace: TempDir;
  before(() => {
    workspace = makeTempDir('plg-cli-calls-');
    workspace.write('bicep/main.bicep', bicepCaller('modules/endpoint.bicep', ['vaults', 'vaults']));
    workspace.write('bicep/modules/endpoint.bicep', ENDPOINT_MODULE_BICEP);
    workspace.write('arm/main.json', armCaller(['vaults', 'vaults']));
    workspace.write('arm/nested/endpoint.json', ENDPOINT_MODULE_JSON);
  });
  after(() => workspace?.remove());

  const lint = (...args: string[]): { output: JsonOutput; stderr: string; status: number | null } => {
    const run = runCli(['--format', 'json', ...args], { cwd: workspace.path });
    return { output: JSON.parse(run.stdout) as JsonOutput, stderr: run.stderr, status: run.status };
  };
  const ofCode = (output: JsonOutput, file: string): JsonDiagnostic[] =>
    (output.files.find((f) => f.path === file)?.diagnostics ?? []).filter((d) => d.code === CODE);

  for (const [folder, entry, module] of [
    ['bicep', 'bicep/main.bicep', 'bicep/modules/endpoint.bicep'],
    ['arm', 'arm/main.json', 'arm/nested/endpoint.json'],
  ] as const) {
    test(`${folder}: one finding in the module naming both calls, and one at each argument`, () => {
      const { output } = lint(folder);
      const inModule = ofCode(output, module);
      assert.equal(inModule.length, 1, JSON.stringify(inModule));
      const calls = (inModule[0].causedBy ?? []).filter((c) => c.parameter === 'groupId');
      assert.equal(calls.length, 2, JSON.stringify(inModule[0]));
      assert.ok(calls.every((c) => c.call.path === entry && c.argument.path === entry && c.literal));
      const atArguments = ofCode(output, entry);
      assert.deepEqual(
        atArguments.map((d) => d.range.start.line),
        calls.map((c) => c.argument.range.start.line),
      );
      assert.ok(atArguments.every((d) => d.causes?.path === module));
    });
  }

  test('a baseline records the mistake once (the module finding) and hides its repeats with it', () => {
    const written = runCli(['--write-baseline', 'baseline.json', 'bicep'], { cwd: workspace.path });
    assert.equal(written.status, 0, written.stderr);
    const baseline = JSON.parse(fs.readFileSync(path.join(workspace.path, 'baseline.json'), 'utf8')) as {
      findings: { rule: string; file: string }[];
    };
    assert.deepEqual(
      baseline.findings.filter((f) => f.rule === CODE).map((f) => f.file),
      ['bicep/modules/endpoint.bicep'],
    );
    const { output, status } = lint('--baseline', 'baseline.json', 'bicep');
    assert.deepEqual(ofCode(output, 'bicep/main.bicep'), []);
    assert.deepEqual(ofCode(output, 'bicep/modules/endpoint.bicep'), []);
    assert.equal(status, 0);
  });
});
