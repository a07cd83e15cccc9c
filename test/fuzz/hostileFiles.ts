/**
 * Hostile documents shared by the limit tests (test/engine/limits.test.ts) and the CLI's hostile-file test
 * (test/cli/hostile.test.ts): deep nesting, billion-item loops, doubling values, random bytes, a large template.
 */

export const TEMPLATE_SCHEMA = 'https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#';

/** A private endpoint without connections: `pe-single-connection` reports it at its type. */
export const ARM_PE = `{ "type": "Microsoft.Network/privateEndpoints", "apiVersion": "2024-05-01", "name": "pe", "location": "westeurope", "properties": { "subnet": { "id": "x" }, "privateLinkServiceConnections": [] } }`;
export const BICEP_PE = `resource pe 'Microsoft.Network/privateEndpoints@2024-05-01' = {\n  name: 'pe'\n  location: 'westeurope'\n  properties: {\n    subnet: { id: 'x' }\n    privateLinkServiceConnections: []\n  }\n}\n`;

export function armTemplate(parts: { variables?: string; resources?: string; before?: string }): string {
  return `{"$schema": "${TEMPLATE_SCHEMA}", "contentVersion": "1.0.0.0",${parts.before ?? ''} "variables": {${parts.variables ?? ''}}, "resources": [${parts.resources ?? ARM_PE}]}`;
}

/** Deterministic pseudo-random bytes. */
export function randomBytes(length: number, seed: number): Buffer {
  const bytes = Buffer.alloc(length);
  let state = seed;
  for (let i = 0; i < length; i++) {
    state = (Math.imul(state, 1_103_515_245) + 12_345) >>> 0;
    bytes[i] = state >>> 24;
  }
  return bytes;
}

/** A realistic template of about `targetChars`: virtual networks, key vaults and endpoints to them without DNS zone groups. */
export function largeTemplate(targetChars: number): { text: string; endpoints: number } {
  const blocks: string[] = [];
  let size = 0;
  for (let i = 0; size < targetChars; i++) {
    const block = `
    {
      "type": "Microsoft.Network/virtualNetworks",
      "apiVersion": "2024-05-01",
      "name": "[format('vnet-{0}', ${i})]",
      "location": "[parameters('location')]",
      "properties": {
        "addressSpace": { "addressPrefixes": [ "10.${i % 250}.0.0/16" ] },
        "subnets": [ { "name": "snet-pe", "properties": { "addressPrefix": "10.${i % 250}.2.0/24", "privateEndpointNetworkPolicies": "Disabled" } } ]
      }
    },
    {
      "type": "Microsoft.KeyVault/vaults",
      "apiVersion": "2023-07-01",
      "name": "[format('kv-{0}-${i}', variables('suffix'))]",
      "location": "[parameters('location')]",
      "properties": { "tenantId": "[subscription().tenantId]", "sku": { "family": "A", "name": "standard" }, "publicNetworkAccess": "Disabled" }
    },
    {
      "type": "Microsoft.Network/privateEndpoints",
      "apiVersion": "2024-05-01",
      "name": "pe-vault-${i}",
      "location": "[parameters('location')]",
      "dependsOn": [ "[resourceId('Microsoft.Network/virtualNetworks', format('vnet-{0}', ${i}))]" ],
      "properties": {
        "subnet": { "id": "[resourceId('Microsoft.Network/virtualNetworks/subnets', format('vnet-{0}', ${i}), 'snet-pe')]" },
        "privateLinkServiceConnections": [
          { "name": "vault", "properties": { "privateLinkServiceId": "[resourceId('Microsoft.KeyVault/vaults', format('kv-{0}-${i}', variables('suffix')))]", "groupIds": [ "vault" ] } }
        ]
      }
    }`;
    blocks.push(block);
    size += block.length;
  }
  const text = `{
  "$schema": "${TEMPLATE_SCHEMA}",
  "contentVersion": "1.0.0.0",
  "parameters": { "location": { "type": "string", "defaultValue": "[resourceGroup().location]" } },
  "variables": { "suffix": "[uniqueString(resourceGroup().id)]" },
  "resources": [${blocks.join(',')}
  ]
}`;
  return { text, endpoints: blocks.length };
}

/** Name → content of every hostile file the CLI must answer (binary content as a Buffer). */
export function hostileFiles(): Map<string, string | Buffer> {
  const files = new Map<string, string | Buffer>();
  const deep = 200_000;
  files.set('deep-arrays.json', armTemplate({ before: ` "metadata": { "deep": ${'['.repeat(deep)}${']'.repeat(deep)} },` }));
  files.set('deep-arrays-unclosed.json', armTemplate({ before: ` "metadata": { "deep": ${'['.repeat(deep)}` }));
  files.set('deep-brackets.bicep', `var deep = ${'['.repeat(deep)}${']'.repeat(deep)}\n${BICEP_PE}`);
  files.set('deep-mixed-unclosed.bicep', `var deep = ${'[{('.repeat(deep / 3)}\n${BICEP_PE}`);
  files.set(
    'deep-expression.json',
    armTemplate({
      resources: ARM_PE.replace('"location": "westeurope"', `"location": "[${'concat('.repeat(20_000)}'a'${')'.repeat(20_000)}]"`),
    }),
  );
  files.set(
    'long-expression.json',
    armTemplate({ resources: ARM_PE.replace('"name": "pe"', `"name": "[concat('${'x'.repeat(1_100_000)}')]"`) }),
  );
  files.set(
    'billion-copy.json',
    armTemplate({
      resources: ARM_PE.replace('"name": "pe"', `"name": "[concat('pe', copyIndex())]", "copy": { "name": "c", "count": 1000000000 }`),
    }),
  );
  files.set(
    'billion-range.bicep',
    `resource many 'Microsoft.Network/privateEndpoints@2024-05-01' = [for i in range(0, 1000000000): {\n  name: 'pe\${i}'\n  location: 'x'\n  properties: {}\n}]\n${BICEP_PE}`,
  );
  files.set(
    'doubling.json',
    armTemplate({
      variables: `"v0": "abcdefgh", ${Array.from({ length: 40 }, (_, i) => `"v${i + 1}": "[createArray(variables('v${i}'), variables('v${i}'))]"`).join(', ')}`,
      resources: ARM_PE.replace('"name": "pe"', `"name": "[string(variables('v40'))]"`),
    }),
  );
  files.set(
    'doubling.bicep',
    `var v0 = 'abcdefgh'\n${Array.from({ length: 40 }, (_, i) => `var v${i + 1} = '\${v${i}}\${v${i}}'`).join('\n')}\n${BICEP_PE}`,
  );
  files.set('random.bicep', randomBytes(100_000, 1));
  files.set('random.json', randomBytes(100_000, 2));
  files.set(
    'random-after-schema.json',
    Buffer.concat([Buffer.from(`{"$schema": "${TEMPLATE_SCHEMA}", "resources": [${ARM_PE}], "x": "`), randomBytes(100_000, 3)]),
  );
  files.set('latin1.json', Buffer.from(armTemplate({ resources: ARM_PE.replace('"pe"', '"pé-ü"') }), 'latin1'));
  files.set('nul.bicep', `\u0000\u0000\n${BICEP_PE}\u0000`);
  files.set('bom.json', `\uFEFF${armTemplate({})}`);
  files.set('bom.bicep', `\uFEFF${BICEP_PE}`);
  files.set('crlf.json', armTemplate({}).replace(/, /g, ',\r\n'));
  files.set('crlf.bicep', BICEP_PE.replace(/\n/g, '\r\n'));
  files.set('emoji.json', `{"$schema": "${TEMPLATE_SCHEMA}", "resources": [\n/* 😀😀🏳️‍🌈 */ ${ARM_PE}]}`);
  files.set('emoji.bicep', BICEP_PE.replace('resource pe', '/* 😀😀🏳️‍🌈 */ resource pe'));
  files.set('truncated.json', armTemplate({}).slice(0, 200));
  files.set('truncated.bicep', BICEP_PE.slice(0, 70));
  files.set('empty.bicep', '');
  files.set('large-7mb.json', largeTemplate(7 * 1024 * 1024).text);
  return files;
}
