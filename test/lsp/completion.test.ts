/** Completions through the language server: group ids with their zones inside `groupIds`, in Bicep and ARM JSON. */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { CompletionList } from 'vscode-languageserver/node';
import { LspTestClient, fileUri } from '../support/lspClient';
import { makeTempDir, type TempDir } from '../support/tempDir';

let client: LspTestClient;
let folder: TempDir;

before(async () => {
  folder = makeTempDir();
  client = await LspTestClient.start({ workspaceFolder: folder.path });
});

after(async () => {
  await client.stop();
  folder.remove();
});

async function completeAt(name: string, languageId: string, withCursor: string): Promise<CompletionList | null> {
  const offset = withCursor.indexOf('|');
  const text = withCursor.slice(0, offset) + withCursor.slice(offset + 1);
  const before = text.slice(0, offset).split('\n');
  const uri = fileUri(folder.write(name, text));
  await client.open(uri, languageId, text);
  return client.connection.sendRequest('textDocument/completion', {
    textDocument: { uri },
    position: { line: before.length - 1, character: before[before.length - 1].length },
  });
}

test('the server announces completion, triggered by quotes', () => {
  assert.deepEqual(client.initializeResult.capabilities.completionProvider?.triggerCharacters, ["'", '"']);
});

test('inside groupIds of an endpoint to a storage account: blob, with privatelink.blob.core.windows.net', async () => {
  const bicep = `resource sa 'Microsoft.Storage/storageAccounts@2023-01-01' existing = {
  name: 'storders'
}
resource pe 'Microsoft.Network/privateEndpoints@2024-05-01' = {
  name: 'pe-orders'
  properties: {
    privateLinkServiceConnections: [
      {
        name: 'blob'
        properties: {
          privateLinkServiceId: sa.id
          groupIds: [ '|' ]
        }
      }
    ]
  }
}
`;
  const list = await completeAt('main.bicep', 'bicep', bicep);
  const blob = list?.items.find((item) => item.label === 'blob');
  assert.ok(blob, JSON.stringify(list?.items.map((i) => i.label)));
  assert.match(blob.detail ?? '', /privatelink\.blob\.core\.windows\.net/);
  assert.deepEqual(blob.textEdit && 'range' in blob.textEdit ? blob.textEdit.range : undefined, {
    start: { line: 11, character: 23 },
    end: { line: 11, character: 23 },
  });
  assert.ok(!list!.items.some((item) => item.label === 'vault'), 'only the storage account’s group ids');

  const arm = `{
  "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
  "contentVersion": "1.0.0.0",
  "resources": [
    { "type": "Microsoft.Network/privateEndpoints", "apiVersion": "2024-05-01", "name": "pe",
      "properties": { "privateLinkServiceConnections": [ { "name": "c", "properties": {
        "privateLinkServiceId": "[resourceId('Microsoft.KeyVault/vaults', 'kv')]", "groupIds": [ "v|" ] } } ] } }
  ]
}
`;
  const armList = await completeAt('azuredeploy.json', 'json', arm);
  assert.deepEqual(
    armList?.items.map((item) => item.label),
    ['vault'],
  );
});

test('no completion elsewhere in a template', async () => {
  const list = await completeAt('other.bicep', 'bicep', "param location string = '|'\n");
  assert.equal(list, null);
});
