/**
 * Workspaces where one module (a Bicep file, an ARM template linked by `relativePath`, or an ARM template used as a
 * Bicep module) is called twice, the bad value passed by the caller: the engine, CLI and language server tests of
 * findings caused through a call (`causedBy`), repeated at the caller's argument, and disabled for one call.
 */

/** The endpoint module: the group id comes from its caller. */
export const ENDPOINT_MODULE_BICEP = `param endpointName string
param groupId string
param vaultId string
param subnetId string

resource endpoint 'Microsoft.Network/privateEndpoints@2023-04-01' = {
  name: endpointName
  location: 'westeurope'
  properties: {
    subnet: {
      id: subnetId
    }
    privateLinkServiceConnections: [
      {
        name: endpointName
        properties: {
          privateLinkServiceId: vaultId
          groupIds: [
            groupId
          ]
        }
      }
    ]
  }
}
`;

export const ENDPOINT_MODULE_JSON = `{
  "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
  "contentVersion": "1.0.0.0",
  "parameters": {
    "endpointName": { "type": "string" },
    "groupId": { "type": "string" },
    "vaultId": { "type": "string" },
    "subnetId": { "type": "string" }
  },
  "resources": [
    {
      "type": "Microsoft.Network/privateEndpoints",
      "apiVersion": "2023-04-01",
      "name": "[parameters('endpointName')]",
      "location": "westeurope",
      "properties": {
        "subnet": { "id": "[parameters('subnetId')]" },
        "privateLinkServiceConnections": [
          {
            "name": "[parameters('endpointName')]",
            "properties": {
              "privateLinkServiceId": "[parameters('vaultId')]",
              "groupIds": [ "[parameters('groupId')]" ]
            }
          }
        ]
      }
    }
  ]
}
`;

const SUBNET = '/subscriptions/0000/resourceGroups/rg-net/providers/Microsoft.Network/virtualNetworks/vnet-hub/subnets/snet-pe';

/**
 * A Bicep caller of `modulePath` with one call per group id given. `disabled` lists, per call (by index), the
 * directive line written above its module declaration, if any.
 */
export function bicepCaller(modulePath: string, groupIds: readonly string[], disabled: Readonly<Record<number, string>> = {}): string {
  const calls = groupIds.map(
    (groupId, i) => `${disabled[i] ? `${disabled[i]}\n` : ''}module endpoint${i} '${modulePath}' = {
  name: 'endpoint-${i}'
  params: {
    endpointName: 'pe-vault-${i}'
    groupId: '${groupId}'
    vaultId: vault.id
    subnetId: '${SUBNET}'
  }
}
`,
  );
  return `resource vault 'Microsoft.KeyVault/vaults@2023-07-01' = {
  name: 'kv-orders-calls'
  location: 'westeurope'
  properties: {
    tenantId: subscription().tenantId
    sku: {
      family: 'A'
      name: 'standard'
    }
    publicNetworkAccess: 'Disabled'
  }
}

${calls.join('\n')}`;
}

/** An ARM caller linking `nested/endpoint.json` once per group id; `comments` per call (by index) when given. */
export function armCaller(groupIds: readonly string[], comments: Readonly<Record<number, string>> = {}): string {
  const calls = groupIds.map(
    (groupId, i) => `    {${comments[i] ? `\n      "comments": ${JSON.stringify(comments[i])},` : ''}
      "type": "Microsoft.Resources/deployments",
      "apiVersion": "2022-09-01",
      "name": "endpoint-${i}",
      "properties": {
        "mode": "Incremental",
        "templateLink": { "relativePath": "nested/endpoint.json" },
        "parameters": {
          "endpointName": { "value": "pe-vault-${i}" },
          "groupId": { "value": "${groupId}" },
          "vaultId": { "value": "[resourceId('Microsoft.KeyVault/vaults', 'kv-orders-calls')]" },
          "subnetId": { "value": "${SUBNET}" }
        }
      }
    }`,
  );
  return `{
  "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
  "contentVersion": "1.0.0.0",
  "resources": [
    {
      "type": "Microsoft.KeyVault/vaults",
      "apiVersion": "2023-07-01",
      "name": "kv-orders-calls",
      "location": "westeurope",
      "properties": {
        "tenantId": "[subscription().tenantId]",
        "sku": { "family": "A", "name": "standard" },
        "publicNetworkAccess": "Disabled"
      }
    },
${calls.join(',\n')}
  ]
}
`;
}
