/**
 * "Fix all Private Link findings" (source.fixAll.privatelink): offered when asked for by kind (as
 * editor.codeActionsOnSave asks), it applies every preferred fix of the document at once, without adding a
 * declaration twice, and leaves only findings that have no fix.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import type { CodeAction, TextEdit } from 'vscode-languageserver/node';
import { LspTestClient, fileUri } from '../support/lspClient';
import { testSource } from '../support/paths';
import { makeTempDir, type TempDir } from '../support/tempDir';
import { applyTextEdits } from '../support/textEdits';

let client: LspTestClient;
let folder: TempDir;

before(async () => {
  folder = makeTempDir();
  client = await LspTestClient.start({ workspaceFolder: folder.path, settings: { workspaceDiagnostics: false } });
});

after(async () => {
  await client.stop();
  folder.remove();
});

async function actionsOf(uri: string, only?: string[]): Promise<CodeAction[]> {
  const range = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
  return (await client.connection.sendRequest('textDocument/codeAction', {
    textDocument: { uri },
    range,
    context: { diagnostics: [], ...(only ? { only } : {}) },
  })) as CodeAction[];
}

test('the server announces the kind', () => {
  const provider = client.initializeResult.capabilities.codeActionProvider;
  assert.ok(typeof provider === 'object' && provider.codeActionKinds?.includes('source.fixAll.privatelink'));
});

test('asked for source.fixAll, one edit applies every fix; the zone is added once for two endpoints', async () => {
  const text = fs.readFileSync(testSource('cli', 'fixtures', 'fix', 'input', 'storage.json'), 'utf8');
  const uri = fileUri(folder.write('storage.json', text));
  await client.open(uri, 'json', text);
  const before = await client.diagnostics(uri, (d) => d.some((x) => x.code === 'pe-dns-zone-group'));
  assert.deepEqual(before.map((d) => d.code).sort(), [
    'pe-dns-zone-group',
    'pe-dns-zone-group',
    'pe-request-message-length',
    'pe-target-public-access',
  ]);

  assert.equal((await actionsOf(uri)).filter((a) => a.kind === 'source.fixAll.privatelink').length, 0, 'not offered unless asked for');
  const [fixAll] = (await actionsOf(uri, ['source.fixAll'])).filter((a) => a.kind === 'source.fixAll.privatelink');
  assert.equal(fixAll?.title, 'Fix all Private Link findings (3 fixes)');
  const edits = fixAll.edit!.changes![uri] as TextEdit[];
  assert.equal(edits.length, 1);
  const fixed = applyTextEdits(text, edits);
  assert.equal(fixed.split('"type": "Microsoft.Network/privateDnsZones"').length - 1, 1);

  const mark = client.mark(uri);
  await client.change(uri, 2, fixed);
  const after = await client.diagnostics(uri, () => true, { after: mark });
  assert.deepEqual(
    after.map((d) => d.code),
    ['pe-request-message-length'],
    'only the finding without a fix is left',
  );
});
