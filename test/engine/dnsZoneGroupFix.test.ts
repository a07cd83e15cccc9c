/**
 * The zone-group fix says exactly what it writes. When the endpoint's virtual network is not in the template (its
 * subnet id is a parameter: a spoke of a hub-and-spoke network), a new zone could not be linked to it, and a zone
 * without a link resolves nothing: the fix points a zone group at an existing zone whose id becomes a parameter.
 */
import { describe, test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyzeDocument } from '../../server/src/engine';
import { appliedFixes } from '../support/ruleFixes';
import { makeTempDir } from '../support/tempDir';

const BICEP = `param subnetId string
param location string = resourceGroup().location

resource vault 'Microsoft.KeyVault/vaults@2023-07-01' existing = {
  name: 'kv-orders'
}

resource pe 'Microsoft.Network/privateEndpoints@2024-05-01' = {
  name: 'pe-kv-orders'
  location: location
  properties: {
    subnet: {
      id: subnetId
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

const ARM = `{
  "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
  "contentVersion": "1.0.0.0",
  "parameters": {
    "subnetId": {
      "type": "string"
    }
  },
  "resources": [
    {
      "type": "Microsoft.Network/privateEndpoints",
      "apiVersion": "2024-05-01",
      "name": "pe-kv-orders",
      "location": "[resourceGroup().location]",
      "properties": {
        "subnet": {
          "id": "[parameters('subnetId')]"
        },
        "privateLinkServiceConnections": [
          {
            "name": "vault",
            "properties": {
              "privateLinkServiceId": "[resourceId('Microsoft.KeyVault/vaults', 'kv-orders')]",
              "groupIds": [
                "vault"
              ]
            }
          }
        ]
      }
    }
  ]
}
`;

const PARAMETER = 'privateDnsZoneVaultcoreAzureId';

describe('pe-dns-zone-group fix when the endpoint network is not in the template', () => {
  for (const [language, name, text, parameterDeclaration, zoneReference] of [
    ['Bicep', 'spoke.bicep', BICEP, `param ${PARAMETER} string`, `privateDnsZoneId: ${PARAMETER}`],
    ['ARM JSON', 'spoke.json', ARM, `"${PARAMETER}": {\n      "type": "string"`, `"privateDnsZoneId": "[parameters('${PARAMETER}')]"`],
  ] as const) {
    test(`${language}: a zone group pointing at an existing zone whose id is a new parameter, and nothing else`, () => {
      const folder = makeTempDir();
      try {
        const file = path.join(folder.path, name);
        fs.writeFileSync(file, text);
        const finding = analyzeDocument({ path: file, text }).findings.find((f) => f.code === 'pe-dns-zone-group');
        assert.ok(finding, 'the endpoint has no zone group');
        const [fix, ...others] = appliedFixes(finding, file, text);
        assert.equal(others.length, 0, 'no fix that adds an unlinked zone');
        assert.equal(
          fix.title,
          // Quoted as the file quotes values.
          `Add a DNS zone group using an existing zone privatelink.vaultcore.azure.net (new parameter ${language === 'Bicep' ? `'${PARAMETER}'` : `"${PARAMETER}"`} for its id)`,
        );
        assert.ok(fix.text.includes(parameterDeclaration), fix.text);
        assert.ok(fix.text.includes(zoneReference), fix.text);
        assert.ok(!fix.text.includes('Microsoft.Network/privateDnsZones'), 'no new zone');
        assert.ok(!fix.text.includes('virtualNetworkLinks'), 'no link it could not point anywhere');
        const after = analyzeDocument({ path: file, text: fix.text }).findings;
        assert.deepEqual(
          after.map((f) => f.code),
          [],
          'the fixed template parses and the finding is gone',
        );
      } finally {
        folder.remove();
      }
    });
  }

  test('with the virtual network in the template, the fix still adds the zone and links it', () => {
    const withNetwork = BICEP.replace(
      'param subnetId string\n',
      "resource vnet 'Microsoft.Network/virtualNetworks@2024-05-01' = {\n  name: 'vnet-app'\n  location: 'westeurope'\n  properties: {\n    addressSpace: {\n      addressPrefixes: [\n        '10.1.0.0/16'\n      ]\n    }\n    subnets: [\n      {\n        name: 'snet-pe'\n        properties: {\n          addressPrefix: '10.1.2.0/24'\n        }\n      }\n    ]\n  }\n}\n",
    ).replace('id: subnetId', 'id: vnet.properties.subnets[0].id');
    const finding = analyzeDocument({ path: '/w/hub.bicep', text: withNetwork }).findings.find((f) => f.code === 'pe-dns-zone-group')!;
    const [fix] = appliedFixes(finding, '/w/hub.bicep', withNetwork);
    assert.equal(fix.title, 'Add private DNS zone privatelink.vaultcore.azure.net, its virtual network link and a zone group');
    assert.ok(fix.text.includes("'Microsoft.Network/privateDnsZones/virtualNetworkLinks@"), 'the link is written');
  });
});
