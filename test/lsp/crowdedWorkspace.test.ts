/**
 * The workspace index's limit over stdio (issue 18): unrelated JSON files do not count towards it, and when real
 * templates are over it, an open document still gets its parameter file (no false finding), and the user is told
 * once, in the log and in a window message. Every wait is bounded.
 */
import assert from 'node:assert/strict';
import * as path from 'node:path';
import { after, describe, test } from 'node:test';
import type { Diagnostic } from 'vscode-languageserver/node';
import { DEFAULT_MAX_INDEXED_FILES } from '../../server/src/lsp/workspaceIndex';
import { delay, fileUri, LspTestClient } from '../support/lspClient';
import { makeTempDir, type TempDir } from '../support/tempDir';

/** Public network access is on by default; the parameter file turns it off, so with it there is no such finding. */
const TEMPLATE = `param publicNetworkAccess string = 'Enabled'

resource vault 'Microsoft.KeyVault/vaults@2023-07-01' = {
  name: 'kv-crowded'
  location: 'westeurope'
  properties: {
    tenantId: subscription().tenantId
    sku: {
      family: 'A'
      name: 'standard'
    }
    publicNetworkAccess: publicNetworkAccess
  }
}

resource endpoint 'Microsoft.Network/privateEndpoints@2024-05-01' = {
  name: 'pe-vault'
  location: 'westeurope'
  properties: {
    subnet: {
      id: resourceId('Microsoft.Network/virtualNetworks/subnets', 'vnet', 'snet')
    }
    privateLinkServiceConnections: [
      {
        name: 'vault'
        properties: {
          privateLinkServiceId: vault.id
          groupIds: [
            'vault'
          ]
        }
      }
    ]
  }
}
`;
const PARAMETERS = JSON.stringify({
  $schema: 'https://schema.management.azure.com/schemas/2019-04-01/deploymentParameters.json#',
  contentVersion: '1.0.0.0',
  parameters: { publicNetworkAccess: { value: 'Disabled' } },
});
const WITH_PARAMETERS = /with parameters from main\.parameters\.json\)\.$/;
const TRUNCATED = /more templates, parameter files and Bicep files than the 5000/;
const text = (diagnostics: Diagnostic[]): string => diagnostics.map((d) => `${String(d.code)} ${d.message}`).join('\n');

/** The workspace: `filler` files in a folder that sorts first, and the template with its parameter file last. */
function crowdedWorkspace(prefix: string, filler: (i: number) => [string, string], count: number): TempDir {
  const dir = makeTempDir(prefix);
  for (let i = 0; i < count; i++) dir.write(...filler(i));
  dir.write('z/main.bicep', TEMPLATE);
  dir.write('z/main.parameters.json', PARAMETERS);
  return dir;
}

async function diagnosticsOfTemplate(client: LspTestClient, dir: TempDir): Promise<Diagnostic[]> {
  const uri = fileUri(path.join(dir.path, 'z', 'main.bicep'));
  await client.open(uri, 'bicep', TEMPLATE);
  return client.diagnostics(uri, (ds) => ds.length > 0, { timeoutMs: 60_000 });
}

describe('a workspace crowded with other files', { timeout: 180_000 }, () => {
  const dirs: TempDir[] = [];
  const clients: LspTestClient[] = [];

  after(async () => {
    for (const client of clients) await client.stop();
    for (const dir of dirs) dir.remove();
  });

  async function start(dir: TempDir): Promise<LspTestClient> {
    dirs.push(dir);
    const client = await LspTestClient.start({ workspaceFolder: dir.path, settings: { workspaceDiagnostics: false } });
    clients.push(client);
    return client;
  }

  test(`${DEFAULT_MAX_INDEXED_FILES + 100} JSON files that are not templates do not push the template out of the index`, async () => {
    const dir = crowdedWorkspace(
      'plg-lsp-crowded-json-',
      (i) => [`a-data/item${i}.json`, JSON.stringify({ name: `item ${i}`, tags: ['x'] })],
      DEFAULT_MAX_INDEXED_FILES + 100,
    );
    const client = await start(dir);
    const diagnostics = await diagnosticsOfTemplate(client, dir);
    assert.ok(!diagnostics.some((d) => d.code === 'pe-target-public-access'), text(diagnostics));
    assert.ok(
      diagnostics.some((d) => WITH_PARAMETERS.test(d.message)),
      text(diagnostics),
    );
    // Nothing was left out: no warning.
    assert.ok(!client.logMessages.some((m) => TRUNCATED.test(m)), client.logMessages.join('\n'));
    assert.deepEqual(client.shownMessages, []);
  });

  test(`over ${DEFAULT_MAX_INDEXED_FILES} Bicep files: the open template keeps its parameter file, and the cut is reported once`, async () => {
    const dir = crowdedWorkspace(
      'plg-lsp-crowded-bicep-',
      (i) => [`a-modules/module${i}.bicep`, `param p${i} string\n`],
      DEFAULT_MAX_INDEXED_FILES + 100,
    );
    const client = await start(dir);
    // Opened once the index is full (the scan has left z/ out): the document brings its parameter file in.
    const deadline = Date.now() + 60_000;
    while (!client.logMessages.some((m) => TRUNCATED.test(m))) {
      assert.ok(Date.now() < deadline, `no warning about the index limit within 60 s\n${client.logMessages.join('\n')}`);
      await delay(20);
    }
    const diagnostics = await diagnosticsOfTemplate(client, dir);
    assert.ok(!diagnostics.some((d) => d.code === 'pe-target-public-access'), text(diagnostics));
    assert.ok(
      diagnostics.some((d) => WITH_PARAMETERS.test(d.message)),
      text(diagnostics),
    );
    assert.equal(client.logMessages.filter((m) => TRUNCATED.test(m)).length, 1, client.logMessages.join('\n'));
    assert.equal(client.shownMessages.filter((m) => TRUNCATED.test(m)).length, 1, client.shownMessages.join('\n'));
  });
});
