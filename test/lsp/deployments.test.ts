/**
 * The language server on multi-file deployments, over stdio: the workspace index, modules analysed through the
 * templates that use them, parameter files paired with their template, dependents re-analysed when a module or a
 * parameter file changes (open or on disk), diagnostics for files that are not open, `files.exclude`, and
 * `privateLink.workspaceDiagnostics`.
 */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { Diagnostic } from 'vscode-languageserver/node';
import { delay, fileUri, LspTestClient } from '../support/lspClient';
import { testSource } from '../support/paths';
import { makeTempDir, type TempDir } from '../support/tempDir';
import { positionOf } from '../support/textEdits';

const codes = (diagnostics: Diagnostic[]): string[] => diagnostics.map((d) => String(d.code));
const has = (code: string) => (diagnostics: Diagnostic[]) => codes(diagnostics).includes(code);
const lacks = (code: string) => (diagnostics: Diagnostic[]) => !codes(diagnostics).includes(code);
const find = (diagnostics: Diagnostic[], code: string): Diagnostic => diagnostics.find((d) => d.code === code)!;

describe('language server: deployments across files', () => {
  let workspace: TempDir;
  let client: LspTestClient;
  const uriOf = (name: string): string => fileUri(path.join(workspace.path, name));
  const read = (name: string): string => fs.readFileSync(path.join(workspace.path, name), 'utf8');

  before(async () => {
    workspace = makeTempDir('plg-lsp-deployments-');
    workspace.copy(testSource('lsp', 'deployment-fixtures'), '.');
    client = await LspTestClient.start({
      workspaceFolder: workspace.path,
      sections: { 'files.exclude': { '**/excluded': true, '**/.git': true } },
    });
  });

  after(async () => {
    await client?.stop();
    workspace?.remove();
  });

  test('a module that is not open receives the findings located in it, computed with the values its caller passes', async () => {
    // Nothing is open: the workspace is analysed. storage.bicep's default is 'Disabled'; main.bicep passes 'Enabled'.
    const moduleDiagnostics = await client.diagnostics(uriOf('mod/storage.bicep'), has('pe-target-public-access'));
    assert.match(find(moduleDiagnostics, 'pe-target-public-access').message, /publicNetworkAccess is 'Enabled'/);
    await client.diagnostics(uriOf('mod/main.bicep'), has('pe-dns-zone-group'));
  });

  test('files.exclude keeps files out of the index', async () => {
    await client.diagnostics(uriOf('params/storage.bicep'), has('pe-target-public-access'));
    await delay(300);
    assert.deepEqual(
      client.published.filter((p) => p.uri === uriOf('excluded/storage.bicep')),
      [],
    );
  });

  test("editing an open module's output updates the diagnostics of the open file that uses it", async () => {
    const mainUri = uriOf('mod/main.bicep');
    const moduleUri = uriOf('mod/storage.bicep');
    const moduleText = read('mod/storage.bicep');
    await client.open(mainUri, 'bicep', read('mod/main.bicep'));
    await client.open(moduleUri, 'bicep', moduleText);
    await client.diagnostics(mainUri, lacks('pe-valid-group-id'));

    // The output now names the Key Vault: 'blob' is not one of its group ids, in main.bicep.
    let mark = client.mark(mainUri);
    await client.change(moduleUri, 2, moduleText.replace('output targetId string = storage.id', 'output targetId string = vault.id'));
    const changed = await client.diagnostics(mainUri, has('pe-valid-group-id'), { after: mark });
    assert.match(find(changed, 'pe-valid-group-id').message, /Key Vault/);

    mark = client.mark(mainUri);
    await client.change(moduleUri, 3, moduleText);
    await client.diagnostics(mainUri, lacks('pe-valid-group-id'), { after: mark });
    await client.close(moduleUri);
  });

  test('a module changed on disk (not open) updates the diagnostics of the open file that uses it', async () => {
    const mainUri = uriOf('mod/main.bicep');
    const modulePath = path.join(workspace.path, 'mod', 'storage.bicep');
    const original = fs.readFileSync(modulePath, 'utf8');
    let mark = client.mark(mainUri);
    fs.writeFileSync(modulePath, original.replace('output targetId string = storage.id', 'output targetId string = vault.id'));
    await client.filesChanged([{ uri: fileUri(modulePath), type: 2 }]);
    await client.diagnostics(mainUri, has('pe-valid-group-id'), { after: mark });

    mark = client.mark(mainUri);
    fs.writeFileSync(modulePath, original);
    await client.filesChanged([{ uri: fileUri(modulePath), type: 2 }]);
    await client.diagnostics(mainUri, lacks('pe-valid-group-id'), { after: mark });
  });

  test('a template with one parameter file is analysed with it; the message says so and points at the value', async () => {
    const uri = uriOf('params/storage.bicep');
    await client.open(uri, 'bicep', read('params/storage.bicep'));
    const diagnostics = await client.diagnostics(uri, has('pe-target-public-access'));
    const finding = find(diagnostics, 'pe-target-public-access');
    assert.match(finding.message, /with parameters from storage\.parameters\.json\)\.$/);
    const parameterUri = uriOf('params/storage.parameters.json');
    const atValue = finding.relatedInformation?.find((r) => r.location.uri === parameterUri);
    assert.ok(atValue, JSON.stringify(finding.relatedInformation));
    const valueLine = read('params/storage.parameters.json').split('\n')[atValue.location.range.start.line];
    assert.equal(valueLine.slice(atValue.location.range.start.character, atValue.location.range.end.character), '"Enabled"');
    // Every finding of this analysis says which values it was computed with.
    for (const diagnostic of diagnostics) assert.match(diagnostic.message, /with parameters from storage\.parameters\.json\)\.$/);
  });

  test('the hover explains the finding the parameter file causes (it uses what the editor shows, not the file alone)', async () => {
    const uri = uriOf('params/storage.bicep');
    const diagnostics = await client.diagnostics(uri, has('pe-target-public-access'));
    const finding = find(diagnostics, 'pe-target-public-access');
    const hover = await client.hover(uri, finding.range.start);
    const markdown = hover && typeof hover.contents === 'object' && 'value' in hover.contents ? hover.contents.value : '';
    // Analysed alone, the default 'Disabled' leaves nothing to explain; the squiggle comes from the parameter file.
    assert.match(markdown, /\*\*pe-target-public-access\*\*/);
  });

  test('the endpoint hover shows the values of the parameter file, as the diagnostics do (not the defaults)', async () => {
    const uri = uriOf('params/storage.bicep');
    await client.diagnostics(uri, has('pe-target-public-access'));
    const text = read('params/storage.bicep');
    const hover = await client.hover(uri, positionOf(text, 'Microsoft.Network/privateEndpoints', 5));
    const markdown = hover && typeof hover.contents === 'object' && 'value' in hover.contents ? hover.contents.value : '';
    // The default is 'Disabled'; storage.parameters.json deploys it 'Enabled'.
    assert.match(markdown, /❌ Public access on the target: open/);
    assert.doesNotMatch(markdown, /Public access on the target: disabled/);
  });

  test('editing the parameter file (on disk, then open) updates the open template', async () => {
    const uri = uriOf('params/storage.bicep');
    const parameterPath = path.join(workspace.path, 'params', 'storage.parameters.json');
    const original = fs.readFileSync(parameterPath, 'utf8');
    let mark = client.mark(uri);
    fs.writeFileSync(parameterPath, original.replace('"Enabled"', '"Disabled"'));
    await client.filesChanged([{ uri: fileUri(parameterPath), type: 2 }]);
    await client.diagnostics(uri, lacks('pe-target-public-access'), { after: mark });

    // Opened and edited (not saved): the template follows the editor's text.
    const parameterUri = fileUri(parameterPath);
    await client.open(parameterUri, 'json', fs.readFileSync(parameterPath, 'utf8'));
    mark = client.mark(uri);
    await client.change(parameterUri, 2, original);
    await client.diagnostics(uri, has('pe-target-public-access'), { after: mark });
    // The parameter file's own URI carries the analysis too (an empty list here: nothing is wrong in it).
    await client.diagnostics(parameterUri);
    await client.close(parameterUri);
    fs.writeFileSync(parameterPath, original);
  });

  test('with several parameter files, each set is analysed and a finding names the files it holds for', async () => {
    const uri = uriOf('multi/main.bicep');
    const mark = client.mark(uri);
    await client.open(uri, 'bicep', read('multi/main.bicep'));
    // The three analyses the opening starts are published together.
    const diagnostics = await client.diagnostics(uri, () => true, { after: mark });
    // dev and prod open public access; test (main.parameters.test.json) closes it.
    assert.match(
      find(diagnostics, 'pe-target-public-access').message,
      /with parameters from main\.dev\.bicepparam and main\.prod\.bicepparam\)\.$/,
    );
    assert.match(
      find(diagnostics, 'pe-dns-zone-group').message,
      /with parameters from main\.dev\.bicepparam, main\.parameters\.test\.json and main\.prod\.bicepparam\)\.$/,
    );
    assert.equal(diagnostics.filter((d) => d.code === 'pe-target-public-access').length, 1);
    assert.equal(diagnostics.filter((d) => d.code === 'pe-dns-zone-group').length, 1);
  });

  test('a parameter file created on disk pairs with its open template', async () => {
    const templateText = read('params/storage.bicep').replace("= 'Disabled'", "= 'Enabled'");
    const templatePath = workspace.write('fresh/app.bicep', templateText);
    const uri = fileUri(templatePath);
    await client.open(uri, 'bicep', templateText);
    const before = await client.diagnostics(uri, has('pe-target-public-access'));
    assert.doesNotMatch(find(before, 'pe-target-public-access').message, /with parameters from/);

    const mark = client.mark(uri);
    const parameterPath = workspace.write(
      'fresh/app.parameters.json',
      read('params/storage.parameters.json').replace('"Enabled"', '"Disabled"'),
    );
    await client.filesChanged([{ uri: fileUri(parameterPath), type: 1 }]);
    const paired = await client.diagnostics(uri, lacks('pe-target-public-access'), { after: mark });
    assert.ok(
      paired.every((d) => d.message.endsWith('with parameters from app.parameters.json).')),
      JSON.stringify(paired.map((d) => d.message)),
    );
    await client.close(uri);
  });

  test('privateLink.workspaceDiagnostics false: files that are not open lose their diagnostics, open ones keep theirs', async () => {
    const moduleUri = uriOf('mod/storage.bicep');
    const openUri = uriOf('multi/main.bicep');
    await client.diagnostics(moduleUri, has('pe-target-public-access'));
    const moduleMark = client.mark(moduleUri);
    const openMark = client.mark(openUri);
    await client.setSettings({ workspaceDiagnostics: false });
    await client.diagnostics(moduleUri, (d) => d.length === 0, { after: moduleMark });
    await client.diagnostics(openUri, has('pe-target-public-access'), { after: openMark });

    // A module that is not open stays without diagnostics while the file using it is edited.
    const mainUri = uriOf('mod/main.bicep');
    const mark = client.mark(mainUri);
    await client.change(mainUri, 5, read('mod/main.bicep') + '\n');
    await client.diagnostics(mainUri, has('pe-dns-zone-group'), { after: mark });
    await delay(300);
    assert.ok(
      client.published
        .filter((p) => p.uri === moduleUri)
        .slice(moduleMark)
        .every((p) => p.diagnostics.length === 0),
    );

    const backMark = client.mark(moduleUri);
    await client.setSettings({});
    await client.diagnostics(moduleUri, has('pe-target-public-access'), { after: backMark });
  });
});
