/**
 * Messages name resources the way their authors do (issue 17): by the Bicep symbol, or in JSON by the name with
 * what is unknown before deployment shown as '…', never the raw expression behind it
 * (`'vnet-<uniquestring(concat('/subscriptions/',…))>'`).
 */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { analyzeDocument, describeRules, type RuleLevel } from '../../server/src/engine';
import { MARK_END, MARK_START, Unknown } from '../../server/src/engine/evaluate/value';
import { nameLabel } from '../../server/src/engine/rules/support/resourceNames';

const unknown = (key: string): string => `${MARK_START}${key}${MARK_END}`;

function onlyRule(id: string): Record<string, RuleLevel> {
  const levels: Record<string, RuleLevel> = {};
  for (const rule of describeRules()) if (rule.id !== id) levels[rule.id] = 'off';
  return levels;
}

test('nameLabel: quoted, the last segment of a child name, each run of unknown parts as one placeholder', () => {
  assert.equal(nameLabel('vnet-app'), "'vnet-app'");
  assert.equal(nameLabel('lb-api/fe-shared'), "'fe-shared'");
  assert.equal(nameLabel(`pe-kv-${unknown('uniqueString(resourceGroup().id)')}`), "'pe-kv-…'");
  assert.equal(nameLabel(`${unknown("parameters('prefix')")}${unknown("parameters('env')")}-pe`), "'…-pe'");
  assert.equal(nameLabel(`a-${unknown('x')}-b-${unknown('y')}`), "'a-…-b-…'");
  assert.equal(nameLabel(new Unknown("parameters('name')")), "'…'");
  assert.equal(nameLabel(undefined), "'…'");
});

const JSON_TEMPLATE = `{
  "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
  "contentVersion": "1.0.0.0",
  "variables": {
    "vnetName": "[concat('vnet-', uniqueString(concat('/subscriptions/', subscription().subscriptionId, '/resourceGroups/', resourceGroup().name)))]"
  },
  "resources": [
    {
      "type": "Microsoft.Network/virtualNetworks",
      "apiVersion": "2023-09-01",
      "name": "[variables('vnetName')]",
      "location": "eastus",
      "properties": {
        "addressSpace": { "addressPrefixes": [ "10.0.0.0/16" ] },
        "subnets": [ { "name": "snet", "properties": { "addressPrefix": "10.0.0.0/24" } } ]
      }
    },
    {
      "type": "Microsoft.Network/privateEndpoints",
      "apiVersion": "2023-09-01",
      "name": "[concat('pe-kv-', uniqueString(resourceGroup().id))]",
      "location": "westeurope",
      "dependsOn": [ "[resourceId('Microsoft.Network/virtualNetworks', variables('vnetName'))]" ],
      "properties": {
        "subnet": { "id": "[resourceId('Microsoft.Network/virtualNetworks/subnets', variables('vnetName'), 'snet')]" },
        "privateLinkServiceConnections": [
          { "name": "kv", "properties": { "privateLinkServiceId": "[resourceId('Microsoft.KeyVault/vaults', 'kv-names')]", "groupIds": [ "vault" ] } }
        ]
      }
    }
  ]
}
`;

test('JSON: a computed name is shown with a placeholder for its unknown part, not the expression', () => {
  const findings = analyzeDocument(
    { path: '/virtual/names.json', text: JSON_TEMPLATE },
    { ruleLevels: onlyRule('pe-vnet-location') },
  ).findings;
  assert.equal(findings.length, 1, JSON.stringify(findings));
  assert.match(findings[0].message, /its virtual network "vnet-…" is in "eastus"/);
  assert.doesNotMatch(findings[0].message, /uniquestring|subscription\(\)|</i);
});

const BICEP_TEMPLATE = `param regions array = [
  'westeurope'
  'northeurope'
]

resource spokes 'Microsoft.Network/virtualNetworks@2023-09-01' = [for (region, i) in regions: {
  name: 'vnet-\${uniqueString(resourceGroup().id)}-\${i}'
  location: 'eastus'
  properties: {
    addressSpace: {
      addressPrefixes: [
        '10.\${i}.0.0/16'
      ]
    }
    subnets: [
      {
        name: 'snet'
        properties: {
          addressPrefix: '10.\${i}.0.0/24'
        }
      }
    ]
  }
}]

resource endpoint 'Microsoft.Network/privateEndpoints@2023-09-01' = {
  name: 'pe-names'
  location: 'westeurope'
  properties: {
    subnet: {
      id: '\${spokes[1].id}/subnets/snet'
    }
    privateLinkServiceConnections: [
      {
        name: 'kv'
        properties: {
          privateLinkServiceId: resourceId('Microsoft.KeyVault/vaults', 'kv-names')
          groupIds: [
            'vault'
          ]
        }
      }
    ]
  }
}
`;

test('Bicep: a resource is named by its symbol, an instance of a loop by its symbol and index', () => {
  const findings = analyzeDocument(
    { path: '/virtual/names.bicep', text: BICEP_TEMPLATE },
    { ruleLevels: onlyRule('pe-vnet-location') },
  ).findings;
  assert.equal(findings.length, 1, JSON.stringify(findings));
  assert.match(findings[0].message, /its virtual network spokes\[1\] is in 'eastus'/);
});
