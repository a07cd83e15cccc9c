/**
 * Resources deployed to another resource group (Bicep `scope:`, ARM nested deployments with `resourceGroup`) keep
 * their own ids: a reference into the current group never resolves to them, and one naming their group does.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';

import { analyzeDocument } from '../../server/src/engine';

const files = new Map<string, string>();
const host = { readFile: (path: string) => files.get(path), workspaceRoot: '/ws' };

function findings(path: string, code: string): string[] {
  const result = analyzeDocument({ path, text: files.get(path)! }, { host });
  return result.findings.filter((f) => f.code === code).map((f) => f.path);
}

const VAULT = `resource kv 'Microsoft.KeyVault/vaults@2023-07-01' = {
  name: 'kv'
  location: 'westeurope'
  properties: { tenantId: tenant().tenantId, sku: { family: 'A', name: 'standard' } }
}
`;

function endpointTo(target: string): string {
  return `resource pe 'Microsoft.Network/privateEndpoints@2024-05-01' = {
  name: 'pe'
  location: 'westeurope'
  properties: {
    subnet: { id: resourceId('Microsoft.Network/virtualNetworks/subnets', 'vnet', 'snet') }
    privateLinkServiceConnections: [ { name: 'c', properties: { privateLinkServiceId: ${target}, groupIds: [ 'vault' ] } } ]
  }
}
`;
}

test('an existing resource scoped to another group is not the local one with the same name', () => {
  files.set(
    '/ws/a.bicep',
    `${VAULT}
resource kvOther 'Microsoft.KeyVault/vaults@2023-07-01' existing = {
  name: 'kv'
  scope: resourceGroup('rg-sec')
}
${endpointTo('kvOther.id')}`,
  );
  assert.deepEqual(findings('/ws/a.bicep', 'pe-target-public-access'), []);
});

test('the same endpoint to the local vault is judged', () => {
  files.set('/ws/b.bicep', `${VAULT}\n${endpointTo('kv.id')}`);
  assert.deepEqual(findings('/ws/b.bicep', 'pe-target-public-access'), ['/ws/b.bicep']);
});

test('a module scoped to another group: its resources resolve through its outputs, not through local ids', () => {
  files.set('/ws/vault.bicep', `${VAULT}\noutput id string = kv.id\n`);
  files.set(
    '/ws/c.bicep',
    `module other 'vault.bicep' = {
  name: 'other'
  scope: resourceGroup('rg-other')
}
${endpointTo('other.outputs.id')}`,
  );
  assert.deepEqual(findings('/ws/c.bicep', 'pe-target-public-access'), ['/ws/vault.bicep']);
  files.set(
    '/ws/d.bicep',
    `module other 'vault.bicep' = {
  name: 'other'
  scope: resourceGroup('rg-other')
}
${endpointTo("resourceId('Microsoft.KeyVault/vaults', 'kv')")}`,
  );
  assert.deepEqual(findings('/ws/d.bicep', 'pe-target-public-access'), []);
});

test('ARM: a nested deployment with resourceGroup keeps its resources out of the current group', () => {
  const template = (reference: string) =>
    JSON.stringify(
      {
        $schema: 'https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#',
        contentVersion: '1.0.0.0',
        resources: [
          {
            type: 'Microsoft.Resources/deployments',
            apiVersion: '2022-09-01',
            name: 'other',
            resourceGroup: 'rg-other',
            properties: {
              mode: 'Incremental',
              expressionEvaluationOptions: { scope: 'inner' },
              template: {
                $schema: 'https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#',
                contentVersion: '1.0.0.0',
                resources: [
                  {
                    type: 'Microsoft.KeyVault/vaults',
                    apiVersion: '2023-07-01',
                    name: 'kv',
                    location: 'westeurope',
                    properties: { tenantId: 't', sku: { family: 'A', name: 'standard' } },
                  },
                ],
              },
            },
          },
          {
            type: 'Microsoft.Network/privateEndpoints',
            apiVersion: '2024-05-01',
            name: 'pe',
            location: 'westeurope',
            properties: {
              subnet: { id: "[resourceId('Microsoft.Network/virtualNetworks/subnets', 'vnet', 'snet')]" },
              privateLinkServiceConnections: [{ name: 'c', properties: { privateLinkServiceId: reference, groupIds: ['vault'] } }],
            },
          },
        ],
      },
      null,
      2,
    );
  files.set('/ws/e.json', template("[resourceId('Microsoft.KeyVault/vaults', 'kv')]"));
  assert.deepEqual(findings('/ws/e.json', 'pe-target-public-access'), []);
  files.set('/ws/f.json', template("[resourceId('rg-other', 'Microsoft.KeyVault/vaults', 'kv')]"));
  assert.deepEqual(findings('/ws/f.json', 'pe-target-public-access'), ['/ws/f.json']);
});
