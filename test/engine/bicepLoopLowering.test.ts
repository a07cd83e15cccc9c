/**
 * Bicep resource loops lowered like ARM copy loops: instances say they are loop instances (so fixes never name the
 * symbol, which stands for a collection), and a loop item taken from a parameter default carries that default, so a
 * per-item condition false only because of it leaves the instance possible, as `parameters(...)[copyIndex()]` does.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeDocument, describeFinding, describeRules } from '../../server/src/engine';
import type { RuleLevel } from '../../server/src/engine/api';
import { buildModel } from '../../server/src/engine/buildModel';
import { isUnknown } from '../../server/src/engine/evaluate/value';
import { SourceFile } from '../../server/src/engine/model/sourceFile';
import { AnalysisContext } from '../../server/src/engine/analysisContext';

function onlyRule(id: string): Record<string, RuleLevel> {
  const levels: Record<string, RuleLevel> = {};
  for (const rule of describeRules()) if (rule.id !== id) levels[rule.id] = 'off';
  return levels;
}

const ENDPOINT_BODY = `
  location: 'westeurope'
  properties: {
    subnet: { id: resourceId('Microsoft.Network/virtualNetworks/subnets', 'vnet', 'snet') }
    privateLinkServiceConnections: [ { name: 'c', properties: { privateLinkServiceId: resourceId('Microsoft.KeyVault/vaults', 'kv'), groupIds: [ 'vault' ] } } ]
  }`;

test('loop instances record their index and count, known or not', () => {
  const text = `param names array = ['a', 'b']
param later array
resource known 'Microsoft.Network/privateEndpoints@2024-05-01' = [for (n, i) in names: {
  name: 'pe-\${n}'${ENDPOINT_BODY}
}]
resource unknownCount 'Microsoft.Network/privateEndpoints@2024-05-01' = [for n in later: {
  name: 'pe-later-\${n}'${ENDPOINT_BODY}
}]
resource single 'Microsoft.Network/privateEndpoints@2024-05-01' = {
  name: 'pe-single'${ENDPOINT_BODY}
}
`;
  const model = buildModel(new SourceFile('/loops.bicep', text, 'bicep'), {}, new AnalysisContext());
  const bySymbol = (name: string) => model.resources.filter((r) => r.symbolicName === name);
  assert.deepEqual(
    bySymbol('known').map((r) => r.loop && [r.loop.index, r.loop.count]),
    [
      [0, 2],
      [1, 2],
    ],
  );
  const [later] = bySymbol('unknownCount');
  assert.ok(
    later.loop && isUnknown(later.loop.index) && isUnknown(later.loop.count),
    'a loop over an unknown array has an unknown index and count',
  );
  assert.equal(bySymbol('single')[0].loop, undefined);
});

test('no pe-dns-zone-group fix names a loop symbol as parent (it would not compile)', () => {
  const text = `param names array = ['a', 'b']
resource pes 'Microsoft.Network/privateEndpoints@2024-05-01' = [for n in names: {
  name: 'pe-\${n}'${ENDPOINT_BODY}
}]
`;
  const result = analyzeDocument({ path: '/loops.bicep', text }, { ruleLevels: onlyRule('pe-dns-zone-group') });
  const findings = result.findings.filter((f) => f.code === 'pe-dns-zone-group');
  assert.equal(findings.length, 1);
  for (const fix of findings[0].fixes) {
    for (const edit of fix.edits() ?? []) assert.doesNotMatch(edit.newText, /parent: pes\b(?!\[)/, `fix "${fix.title}" writes parent: pes`);
  }
});

test('a per-item loop condition false only because of a parameter default keeps the instance, as in ARM', () => {
  const bicep = `param endpoints array = [
  { name: 'pe-a', withZone: true }
  { name: 'pe-b', withZone: false }
]
resource pes 'Microsoft.Network/privateEndpoints@2024-05-01' = [for e in endpoints: {
  name: e.name${ENDPOINT_BODY}
}]
resource zoneGroups 'Microsoft.Network/privateEndpoints/privateDnsZoneGroups@2024-05-01' = [for (e, i) in endpoints: if (e.withZone) {
  parent: pes[i]
  name: 'default'
  properties: {
    privateDnsZoneConfigs: [ { name: 'vault', properties: { privateDnsZoneId: resourceId('Microsoft.Network/privateDnsZones', 'privatelink.vaultcore.azure.net') } } ]
  }
}]
`;
  const arm = JSON.stringify(
    {
      $schema: 'https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#',
      contentVersion: '1.0.0.0',
      parameters: {
        endpoints: {
          type: 'array',
          defaultValue: [
            { name: 'pe-a', withZone: true },
            { name: 'pe-b', withZone: false },
          ],
        },
      },
      resources: [
        {
          copy: { name: 'pes', count: "[length(parameters('endpoints'))]" },
          type: 'Microsoft.Network/privateEndpoints',
          apiVersion: '2024-05-01',
          name: "[parameters('endpoints')[copyIndex()].name]",
          location: 'westeurope',
          properties: {
            subnet: { id: "[resourceId('Microsoft.Network/virtualNetworks/subnets', 'vnet', 'snet')]" },
            privateLinkServiceConnections: [
              { name: 'c', properties: { privateLinkServiceId: "[resourceId('Microsoft.KeyVault/vaults', 'kv')]", groupIds: ['vault'] } },
            ],
          },
        },
        {
          copy: { name: 'zoneGroups', count: "[length(parameters('endpoints'))]" },
          condition: "[parameters('endpoints')[copyIndex()].withZone]",
          type: 'Microsoft.Network/privateEndpoints/privateDnsZoneGroups',
          apiVersion: '2024-05-01',
          name: "[format('{0}/default', parameters('endpoints')[copyIndex()].name)]",
          dependsOn: ['pes'],
          properties: {
            privateDnsZoneConfigs: [
              {
                name: 'vault',
                properties: { privateDnsZoneId: "[resourceId('Microsoft.Network/privateDnsZones', 'privatelink.vaultcore.azure.net')]" },
              },
            ],
          },
        },
      ],
    },
    null,
    2,
  );
  for (const [path, text] of [
    ['/loops.bicep', bicep],
    ['/loops.json', arm],
  ]) {
    const result = analyzeDocument({ path, text }, { ruleLevels: onlyRule('pe-dns-zone-group') });
    assert.deepEqual(
      result.findings.map((f) => `${f.code}: ${f.message}`),
      [],
      `${path}: pe-b's zone group may exist with other parameters`,
    );
  }
  const model = buildModel(new SourceFile('/loops.bicep', bicep, 'bicep'), {}, new AnalysisContext());
  const groups = model.resources.filter((r) => r.symbolicName === 'zoneGroups');
  assert.deepEqual(
    groups.map((g) => g.condition === true || isUnknown(g.condition)),
    [true, true],
  );
  assert.ok(isUnknown(groups[1].condition), "pe-b's zone group condition is unknown, not false");
});

test('a value read through a loop item names the parameter default it comes from', () => {
  const text = `param access array = [ 'Enabled' ]
resource accounts 'Microsoft.DocumentDB/databaseAccounts@2024-05-15' = [for (a, i) in access: {
  name: 'cosmos-\${i}'
  location: 'westeurope'
  properties: {
    databaseAccountOfferType: 'Standard'
    locations: [ { locationName: 'westeurope' } ]
    publicNetworkAccess: a
  }
}]
resource pe 'Microsoft.Network/privateEndpoints@2024-05-01' = {
  name: 'pe'
  location: 'westeurope'
  properties: {
    subnet: { id: resourceId('Microsoft.Network/virtualNetworks/subnets', 'vnet', 'snet') }
    privateLinkServiceConnections: [ { name: 'c', properties: { privateLinkServiceId: accounts[0].id, groupIds: [ 'Sql' ] } } ]
  }
}
`;
  const result = analyzeDocument({ path: '/loops.bicep', text }, { ruleLevels: onlyRule('pe-target-public-access') });
  const messages = result.findings.filter((f) => f.code === 'pe-target-public-access').map(describeFinding);
  assert.equal(messages.length, 1);
  assert.match(messages[0], /default value of parameter 'access'/);
});
