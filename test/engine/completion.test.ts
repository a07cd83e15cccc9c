/** Completions: group ids inside `groupIds`, zone names inside a private DNS zone's name, in ARM JSON and Bicep. */
import { describe, test } from 'node:test';
import * as assert from 'node:assert/strict';
import { completionsAt, getKnowledge, type CompletionResult } from '../../server/src/engine';
import type { Language } from '../../server/src/engine';

/** The text with the cursor marker `|` removed, and the completions at the marker. */
function complete(withCursor: string, language: Language): { text: string; result: CompletionResult | undefined } {
  const offset = withCursor.indexOf('|');
  const text = withCursor.slice(0, offset) + withCursor.slice(offset + 1);
  return { text, result: completionsAt(text, offset, language, getKnowledge()) };
}

const labels = (result: CompletionResult | undefined): string[] => result?.entries.map((e) => e.label) ?? [];

const BICEP_ENDPOINT = (groupIds: string, target = 'sa') => `resource sa 'Microsoft.Storage/storageAccounts@2023-01-01' existing = {
  name: 'storders'
}

resource pe 'Microsoft.Network/privateEndpoints@2024-05-01' = {
  name: 'pe-orders'
  properties: {
    privateLinkServiceConnections: [
      {
        name: 'blob'
        properties: {
          privateLinkServiceId: ${target}.id
          groupIds: ${groupIds}
        }
      }
    ]
  }
}
`;

const ARM_ENDPOINT = (groupIds: string, target = "[resourceId('Microsoft.Storage/storageAccounts', 'storders')]") => `{
  "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
  "contentVersion": "1.0.0.0",
  "resources": [
    {
      "type": "Microsoft.Network/privateEndpoints",
      "apiVersion": "2024-05-01",
      "name": "pe-orders",
      "properties": {
        "privateLinkServiceConnections": [
          {
            "name": "blob",
            "properties": {
              "privateLinkServiceId": "${target}",
              "groupIds": ${groupIds}
            }
          }
        ]
      }
    }
  ]
}
`;

describe('group id completions', () => {
  for (const [language, make, empty, partial] of [
    ['bicep', BICEP_ENDPOINT, "[\n            '|'\n          ]", "[ 'bl|' ]"],
    ['arm', ARM_ENDPOINT, '[ "|" ]', '[ "bl|" ]'],
  ] as const) {
    test(`${language}: the target's group ids, each with its zone, replacing the whole string`, () => {
      const { text, result } = complete(make(empty), language);
      assert.deepEqual(labels(result).sort(), [...getKnowledge().service('Microsoft.Storage/storageAccounts')!.groupIds].sort());
      const blob = result!.entries.find((e) => e.label === 'blob')!;
      assert.match(blob.detail, /privatelink\.blob\.core\.windows\.net/);
      assert.equal(text.slice(result!.range.start, result!.range.end), '');
      const typed = complete(make(partial), language);
      assert.equal(typed.text.slice(typed.result!.range.start, typed.result!.range.end), 'bl');
    });

    test(`${language}: every service's group ids when the target is not declared in the file`, () => {
      const unknownTarget = language === 'bicep' ? 'existingTarget' : "[parameters('targetId')]";
      const { result } = complete(make(empty, unknownTarget), language);
      const all = labels(result);
      for (const groupId of ['blob', 'vault', 'sqlServer', 'registry', 'namespace']) assert.ok(all.includes(groupId), groupId);
      assert.equal(new Set(all).size, all.length, 'each group id once');
    });
  }

  test('nothing is offered outside groupIds, in expressions, or in comments', () => {
    assert.equal(complete(BICEP_ENDPOINT("[ 'blob' ]").replace("name: 'blob'", "name: '|'"), 'bicep').result, undefined);
    assert.equal(complete(BICEP_ENDPOINT("[ 'blob' ] // '|'"), 'bicep').result, undefined);
    assert.equal(complete(ARM_ENDPOINT('[ "[concat(\'b|\')]" ]'), 'arm').result, undefined);
    assert.equal(complete(ARM_ENDPOINT('[ "blob" ]').replace('"name": "blob"', '"name": "|"'), 'arm').result, undefined);
  });
});

describe('private DNS zone name completions', () => {
  test('bicep: privatelink zones inside the name of a privateDnsZones resource only', () => {
    const { result } = complete(
      "resource zone 'Microsoft.Network/privateDnsZones@2020-06-01' = {\n  name: 'privatelink.bl|'\n  location: 'global'\n}\n",
      'bicep',
    );
    const zones = labels(result);
    assert.ok(zones.includes('privatelink.blob.core.windows.net'));
    assert.ok(zones.every((z) => z.includes('privatelink')));
    const vnet = complete("resource vnet 'Microsoft.Network/virtualNetworks@2024-05-01' = {\n  name: '|'\n}\n", 'bicep');
    assert.equal(vnet.result, undefined);
  });

  test('arm: inside the name of a Microsoft.Network/privateDnsZones resource only', () => {
    const zone =
      '{ "resources": [ { "type": "Microsoft.Network/privateDnsZones", "apiVersion": "2020-06-01", "name": "|", "location": "global" } ] }';
    const { result } = complete(zone, 'arm');
    assert.ok(labels(result).includes('privatelink.vaultcore.azure.net'));
    const entry = result!.entries.find((e) => e.label === 'privatelink.vaultcore.azure.net')!;
    assert.match(entry.detail, /Key Vault/);
    assert.equal(complete(zone.replace('privateDnsZones', 'virtualNetworks'), 'arm').result, undefined);
  });
});
