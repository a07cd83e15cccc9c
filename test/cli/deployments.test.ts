/**
 * `privatelink-lint` on multi-file deployments: a folder or an entry file is analysed as whole deployments, once;
 * modules are not analysed again on their own, identical findings are listed once, different uses report per use,
 * `.bicepparam` files analyse their template, and findings that hold for several parameter files name them all.
 */
import assert from 'node:assert/strict';
import * as path from 'node:path';
import { describe, test } from 'node:test';
import { runCli } from '../support/cli';
import { testSource } from '../support/paths';

const root = testSource('cli', 'fixtures', 'deployments');

interface JsonOutput {
  files: { path: string; language: string; diagnostics: { code: string; message: string; range: { start: { line: number } } }[] }[];
}

function lint(...args: string[]): JsonOutput {
  const run = runCli(['--format', 'json', ...args], { cwd: root });
  assert.ok(run.status === 0 || run.status === 1, `exit ${run.status}: ${run.stderr}`);
  return JSON.parse(run.stdout) as JsonOutput;
}

function findings(output: JsonOutput, file: string): { code: string; message: string; line: number }[] {
  return (output.files.find((f) => f.path === file)?.diagnostics ?? []).map((d) => ({
    code: d.code,
    message: d.message,
    line: d.range.start.line + 1,
  }));
}

function assertNoDuplicates(output: JsonOutput): void {
  for (const file of output.files) {
    const keys = file.diagnostics.map((d) => `${d.code} ${JSON.stringify(d.range)} ${d.message}`);
    assert.equal(new Set(keys).size, keys.length, `duplicates in ${file.path}: ${keys.join('\n')}`);
  }
}

describe('privatelink-lint on deployments', () => {
  test('a module used twice with the same values: each finding once, located in the module', () => {
    const output = lint('same-values');
    assertNoDuplicates(output);
    const module = path.join('same-values', 'storage.bicep');
    assert.deepEqual(
      findings(output, module).map((f) => f.code),
      ['pe-target-public-access', 'pe-dns-zone-group'],
    );
    // The module's finding that the callers' literal 'Enabled' causes is repeated at each of them, where it is fixed.
    assert.deepEqual(
      findings(output, path.join('same-values', 'main.bicep')).map((f) => [f.code, f.line, f.message.split(':')[0]]),
      [
        ['pe-target-public-access', 6, "The value passed here as 'publicNetworkAccess' causes this finding in storage.bicep line 14"],
        ['pe-target-public-access', 14, "The value passed here as 'publicNetworkAccess' causes this finding in storage.bicep line 14"],
      ],
    );
    // Every input is listed, the module too.
    assert.deepEqual(output.files.map((f) => f.path).sort(), [path.join('same-values', 'main.bicep'), module]);
  });

  test('a module used with different values reports per use, and is not analysed on its own with its defaults', () => {
    const output = lint('different-values');
    assertNoDuplicates(output);
    const module = findings(output, path.join('different-values', 'storage.bicep'));
    // Both callers pass publicNetworkAccess 'Disabled': the module's default 'Enabled' must not be reported.
    assert.ok(!module.some((f) => f.code === 'pe-target-public-access'), JSON.stringify(module));
    const zoneGroups = module.filter((f) => f.code === 'pe-dns-zone-group');
    assert.equal(zoneGroups.length, 2, JSON.stringify(module));
    assert.ok(zoneGroups.some((f) => f.message.includes('privatelink.blob.core.windows.net')));
    assert.ok(zoneGroups.some((f) => f.message.includes('privatelink.file.core.windows.net')));
  });

  test('an entry file analyses its modules: findings are listed under the module, by a path relative to the input', () => {
    const output = lint('different-values/main.bicep');
    assert.deepEqual(
      output.files.map((f) => f.path),
      ['different-values/main.bicep', path.join('different-values', 'storage.bicep')],
    );
    assert.equal(findings(output, path.join('different-values', 'storage.bicep')).length, 2);
  });

  test('naming the module as well does not analyse it again on its own', () => {
    const output = lint('different-values/main.bicep', 'different-values/storage.bicep');
    assertNoDuplicates(output);
    assert.ok(!findings(output, 'different-values/storage.bicep').some((f) => f.code === 'pe-target-public-access'));
  });

  test('a module named alone is analysed on its own, with its defaults', () => {
    const output = lint('different-values/storage.bicep');
    assert.ok(findings(output, 'different-values/storage.bicep').some((f) => f.code === 'pe-target-public-access'));
  });

  test('.bicepparam inputs analyse their template; findings name the parameter files they hold for', () => {
    const output = lint('bicepparam');
    assertNoDuplicates(output);
    const template = findings(output, path.join('bicepparam', 'main.bicep'));
    const publicAccess = template.filter((f) => f.code === 'pe-target-public-access');
    // dev and test open public access, prod closes it; the template's own default is not analysed on its own.
    assert.equal(publicAccess.length, 1, JSON.stringify(template));
    assert.match(publicAccess[0].message, /with parameters from main\.dev\.bicepparam and main\.test\.bicepparam\)\.$/);
    const zoneGroup = template.filter((f) => f.code === 'pe-dns-zone-group');
    assert.equal(zoneGroup.length, 1);
    assert.match(
      zoneGroup[0].message,
      /with parameters from main\.dev\.bicepparam, main\.prod\.bicepparam and main\.test\.bicepparam\)\.$/,
    );
    for (const env of ['dev', 'test', 'prod']) {
      const file = output.files.find((f) => f.path === path.join('bicepparam', `main.${env}.bicepparam`));
      assert.equal(file?.language, 'bicep-params');
    }
  });

  test('JSON output lists the parameter files a merged finding holds for and the values it rests on, as data', () => {
    const run = runCli(['--format', 'json', 'bicepparam'], { cwd: root });
    const output = JSON.parse(run.stdout) as { files: { path: string; diagnostics: Record<string, unknown>[] }[] };
    const template = output.files.find((f) => f.path === path.join('bicepparam', 'main.bicep'))?.diagnostics ?? [];
    const publicAccess = template.find((d) => d.code === 'pe-target-public-access');
    const inFolder = (name: string) => path.join('bicepparam', name);
    assert.deepEqual(publicAccess?.parameterFiles, [inFolder('main.dev.bicepparam'), inFolder('main.test.bicepparam')]);
    // One value per parameter file, where each file writes it (line 3: `param publicNetworkAccess = 'Enabled'`).
    const valueAt = { start: { line: 2, character: 28 }, end: { line: 2, character: 37 } };
    assert.deepEqual(publicAccess?.basedOn, [
      { parameter: 'publicNetworkAccess', source: 'parameterFile', path: inFolder('main.dev.bicepparam'), range: valueAt },
      { parameter: 'publicNetworkAccess', source: 'parameterFile', path: inFolder('main.test.bicepparam'), range: valueAt },
    ]);
    // A finding that rests on no parameter lists none.
    const zoneGroup = template.find((d) => d.code === 'pe-dns-zone-group');
    assert.equal(zoneGroup?.basedOn, undefined);
    assert.equal((zoneGroup?.parameterFiles as unknown[] | undefined)?.length, 3);
  });

  test('a single .bicepparam input analyses its template with its values', () => {
    const output = lint('bicepparam/main.prod.bicepparam');
    const template = findings(output, path.join('bicepparam', 'main.bicep'));
    assert.deepEqual(
      template.map((f) => f.code),
      ['pe-dns-zone-group'],
    );
    assert.match(template[0].message, /with parameters from main\.prod\.bicepparam\)\.$/);
  });

  test('ARM linked templates (templateLink.relativePath) are followed and not analysed again on their own', () => {
    const output = lint('linked');
    assertNoDuplicates(output);
    assert.deepEqual(
      findings(output, path.join('linked', 'main.json')).map((f) => f.code),
      // The first is the linked template's finding, repeated at the 'Enabled' the caller passes.
      ['pe-target-public-access', 'pe-dns-zone-group'],
    );
    // The linked template's default is 'Disabled'; the caller passes 'Enabled'.
    const nested = findings(output, path.join('linked', 'nested', 'storage.json'));
    assert.deepEqual(
      nested.map((f) => f.code),
      ['pe-target-public-access'],
    );
  });

  test('--parameters keeps applying to the named template', () => {
    const run = runCli(['--format', 'json', '--parameters', 'parameters/storage.public.parameters.json', 'parameters/storage.json'], {
      cwd: testSource('cli', 'fixtures'),
    });
    const output = JSON.parse(run.stdout) as JsonOutput;
    const finding = output.files[0].diagnostics.find((d) => d.code === 'pe-target-public-access');
    assert.ok(finding, run.stdout);
    assert.match(finding.message, /with parameters from storage\.public\.parameters\.json\)\.$/);
  });
});
