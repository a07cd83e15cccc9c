/**
 * Typing a private endpoint in the editor (issue 19.7): while keystrokes keep coming, analyses run at the debounce's
 * maximum wait and hold back the resource being typed (the server passes where the user types as `beingTyped`), so
 * no error is published that the complete endpoint does not have, though VS Code's closed brackets make the
 * half-typed endpoint parse; once the user stops, the endpoint's findings are published.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as path from 'node:path';
import type { Diagnostic } from 'vscode-languageserver/node';
import { LspTestClient, delay, fileUri } from '../support/lspClient';
import { makeTempDir } from '../support/tempDir';
import { typeWithAutoClosing } from '../support/autoClosingTypist';

const BEFORE = `resource notes 'Microsoft.Storage/storageAccounts@2023-05-01' = {
  name: 'stnotes042'
  location: 'northeurope'
  sku: {
    name: 'Standard_LRS'
  }
  kind: 'StorageV2'
  properties: {
    publicNetworkAccess: 'Disabled'
  }
}
`;

const TYPED = `
resource notesTable 'Microsoft.Network/privateEndpoints@2023-11-01' = {
  name: 'pe-notes-table'
  location: 'northeurope'
  properties: {
    subnet: {
      id: resourceId('Microsoft.Network/virtualNetworks/subnets', 'vnet-notes', 'snet-endpoints')
    }
    privateLinkServiceConnections: [
      {
        name: 'table'
        properties: {
          privateLinkServiceId: notes.id
          groupIds: ['table', 'queue']
        }
      }
    ]
  }
}
`;

/** Keystrokes closer together than the debounce: only the maximum wait starts analyses while typing. */
const KEYSTROKE_MS = 25;
const DEBOUNCE_MS = 400;

const keyOf = (d: Diagnostic): string => `${String(d.code)}: ${d.message}`;

test('typing an endpoint with closed brackets publishes no error that the complete endpoint does not have', async () => {
  const workspace = makeTempDir('plg-typing-hold-');
  const client = await LspTestClient.start({
    workspaceFolder: workspace.path,
    settings: { workspaceDiagnostics: false, debounceMs: DEBOUNCE_MS },
  });
  try {
    const uri = fileUri(path.join(workspace.path, 'main.bicep'));
    await client.open(uri, 'bicep', BEFORE);
    await client.diagnostics(uri);
    const mark = client.mark(uri);
    const steps = typeWithAutoClosing(BEFORE, BEFORE.length, TYPED);
    let version = 1;
    for (const step of steps) {
      await client.change(uri, ++version, step.text);
      await delay(KEYSTROKE_MS);
    }
    const whileTyping = client.published.filter((p) => p.uri === uri).slice(mark);
    // After the pause, the complete endpoint's error is published.
    const final = await client.diagnostics(uri, (ds) => ds.some((d) => d.code === 'pe-single-group-id'), { after: mark });
    const finalKeys = new Set(final.map(keyOf));
    // Rule findings: a syntax error while typing is what the text says, the editor's own Bicep support reports it too.
    const flashes = whileTyping
      .flatMap((p) => p.diagnostics)
      .filter((d) => d.code !== 'syntax-error' && d.severity === 1 && !finalKeys.has(keyOf(d)));
    assert.ok(whileTyping.length >= 3, `${whileTyping.length} publishes while typing: the check is not vacuous`);
    assert.deepEqual(flashes.map(keyOf), []);
  } finally {
    await client.stop();
    workspace.remove();
  }
});
