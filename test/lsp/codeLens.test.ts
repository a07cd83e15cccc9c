/**
 * Code lenses (issue 19.8): one line above each private endpoint summing up its checklist, from the analysis whose
 * diagnostics the editor shows (a finding raised to error by configuration is counted as an error), current after an
 * edit, and none with `privateLink.codeLens.enabled: false`.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import type { CodeLens } from 'vscode-languageserver/node';
import { LspTestClient, fileUri } from '../support/lspClient';
import { testSource } from '../support/paths';
import { makeTempDir, type TempDir } from '../support/tempDir';

let client: LspTestClient;
let folder: TempDir;
const SETTINGS = { rules: { 'pe-dns-zone-group': 'error' }, workspaceDiagnostics: false, debounceMs: 0 };

before(async () => {
  folder = makeTempDir('plg-lens-');
  client = await LspTestClient.start({ workspaceFolder: folder.path, settings: SETTINGS });
});

after(async () => {
  await client.stop();
  folder.remove();
});

function lenses(uri: string): Promise<CodeLens[] | null> {
  return client.request<CodeLens[] | null>('textDocument/codeLens', { textDocument: { uri } });
}

for (const [file, languageId] of [
  ['storage-pe.json', 'json'],
  ['storage-pe.bicep', 'bicep'],
] as const) {
  test(`${languageId}: a lens above the endpoint sums up its checklist as the diagnostics show it`, async () => {
    assert.ok(client.initializeResult.capabilities.codeLensProvider, 'the server offers code lenses');
    const text = fs.readFileSync(testSource('lsp', 'fixtures', file), 'utf8');
    const uri = fileUri(folder.write(file, text));
    await client.open(uri, languageId, text);
    const found = (await lenses(uri)) ?? [];
    assert.equal(found.length, 1, JSON.stringify(found));
    const [lens] = found;
    const endpointLine = text.split('\n').findIndex((line) => line.includes('Microsoft.Network/privateEndpoints'));
    assert.equal(lens.range.start.line, endpointLine);
    assert.equal(
      lens.command?.title,
      'Private endpoint · DNS: ❌ no zone group · target: Azure Storage account (public access off) · 1 error',
    );

    // An edit: the lens asked for right after it waits for the analysis of that text.
    const opened = text.replace(/Disabled/, 'Enabled');
    assert.notEqual(opened, text);
    await client.change(uri, 2, opened);
    const [after] = (await lenses(uri)) ?? [];
    assert.match(after?.command?.title ?? '', /target: Azure Storage account \(public access on\) · 1 error$/);
    await client.close(uri);
  });
}

test('privateLink.codeLens.enabled: false gives no lenses', async () => {
  const text = fs.readFileSync(testSource('lsp', 'fixtures', 'storage-pe.bicep'), 'utf8');
  const uri = fileUri(folder.write('off.bicep', text));
  await client.setSettings({ ...SETTINGS, codeLens: { enabled: false } });
  try {
    await client.open(uri, 'bicep', text);
    await client.diagnostics(uri);
    assert.deepEqual(await lenses(uri), []);
  } finally {
    await client.setSettings(SETTINGS);
  }
  assert.equal(((await lenses(uri)) ?? []).length, 1, 'back on');
});
