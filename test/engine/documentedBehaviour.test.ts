/**
 * Promises of the README that no other engine test proves (test/PROMISES.md maps them): "DNS managed by policy"
 * silences exactly the three rules about a template's own DNS wiring, and every other finding stays as it was,
 * message for message.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeDocument, describeFinding, describeRules } from '../../server/src/engine';
import { RULE_TESTS_ROOT } from '../support/ruleFolders';

const DNS_WIRING_RULES = ['pe-dns-zone-group', 'pe-dns-zone-group-incomplete', 'dns-zone-vnet-link'];

function shown(path: string, dns: 'template' | 'policy'): string[] {
  const text = readFileSync(path, 'utf8');
  return analyzeDocument({ path, text }, { dns }).findings.map((f) => `${f.range.start} ${f.code} ${describeFinding(f)}`);
}

for (const language of ['json', 'bicep'] as const) {
  test(`dns "policy" silences pe-dns-zone-group, pe-dns-zone-group-incomplete and dns-zone-vnet-link, and no other rule (${language})`, () => {
    let silenced = 0;
    for (const rule of describeRules()) {
      const fixture = join(RULE_TESTS_ROOT, rule.id, `fail.${language}`);
      const byTemplate = shown(fixture, 'template');
      const byPolicy = shown(fixture, 'policy');
      const isWiring = (line: string): boolean => DNS_WIRING_RULES.includes(line.split(' ')[1]);
      if (DNS_WIRING_RULES.includes(rule.id)) {
        assert.ok(byTemplate.some(isWiring), `${fixture} shows ${rule.id} when the template manages DNS`);
        silenced++;
      }
      assert.deepEqual(
        byPolicy,
        byTemplate.filter((line) => !isWiring(line)),
        `${fixture}: only the DNS wiring rules fall silent`,
      );
    }
    assert.equal(silenced, DNS_WIRING_RULES.length, 'every DNS wiring rule has a fail fixture that was checked');
  });
}

/** A line with findings of two rules: `groupIds` holds two ids (pe-single-group-id) and one is wrong (pe-valid-group-id). */
const TWO_RULES_ONE_LINE = {
  bicep: `resource storage 'Microsoft.Storage/storageAccounts@2023-05-01' existing = {
  name: 'stapp'
}

resource pe 'Microsoft.Network/privateEndpoints@2024-05-01' = {
  name: 'pe-blob'
  location: 'westeurope'
  properties: {
    subnet: {
      id: resourceId('Microsoft.Network/virtualNetworks/subnets', 'vnet-app', 'snet-pe')
    }
    privateLinkServiceConnections: [
      {
        name: 'blob'
        properties: {
          privateLinkServiceId: storage.id
%DIRECTIVE%
          groupIds: [ 'blobs', 'file' ]
        }
      }
    ]
  }
}
`,
  json: `{
  "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
  "contentVersion": "1.0.0.0",
  "resources": [
    {
      "type": "Microsoft.Network/privateEndpoints",
      "apiVersion": "2024-05-01",
      "name": "pe-blob",
      "location": "westeurope",
      "properties": {
        "subnet": { "id": "[resourceId('Microsoft.Network/virtualNetworks/subnets', 'vnet-app', 'snet-pe')]" },
        "privateLinkServiceConnections": [
          {
            "name": "blob",
            "properties": {
              "privateLinkServiceId": "[resourceId('Microsoft.Storage/storageAccounts', 'stapp')]",
%DIRECTIVE%
              "groupIds": [ "blobs", "file" ]
            }
          }
        ]
      }
    }
  ]
}
`,
};

function findingsWith(language: 'bicep' | 'json', directive: string): string[] {
  const template = TWO_RULES_ONE_LINE[language];
  const directiveLine = template.slice(0, template.indexOf('%DIRECTIVE%')).split('\n').length;
  const text = template.replace('%DIRECTIVE%\n', directive ? `${directive}\n` : '');
  // Lines as in the text without the directive, so that the two analyses compare line for line.
  const lineOf = (offset: number): number => {
    const line = text.slice(0, offset).split('\n').length;
    return directive && line > directiveLine ? line - 1 : line;
  };
  const path = language === 'bicep' ? '/w/main.bicep' : '/w/azuredeploy.json';
  return analyzeDocument({ path, text })
    .findings.map((f) => `${lineOf(f.range.start)} ${f.code} ${describeFinding(f)}`)
    .sort();
}

for (const [language, directives] of [
  ['bicep', ['// privatelink-disable-next-line pe-valid-group-id', '#disable-next-line pe-valid-group-id']],
  ['json', ['// privatelink-disable-next-line pe-valid-group-id']],
] as const) {
  for (const directive of directives) {
    test(`${language}: "${directive}" hides that rule's finding and keeps the other rule's on the same line, message and all`, () => {
      const before = findingsWith(language, '');
      const wrongId = before.filter((f) => f.includes(' pe-valid-group-id '));
      const twoIds = before.filter((f) => f.includes(' pe-single-group-id '));
      assert.equal(wrongId.length, 1, before.join('\n'));
      assert.equal(twoIds.length, 1, before.join('\n'));
      assert.equal(wrongId[0].split(' ')[0], twoIds[0].split(' ')[0], 'both findings start on the same line');
      assert.match(wrongId[0], /['"]blobs['"]/);
      assert.deepEqual(
        findingsWith(language, directive),
        before.filter((f) => f !== wrongId[0]),
      );
    });
  }
}
