// expect: pe-valid-group-id 1
// expect-line: 37
// `groupNames[^2]` counts from the end of the list (Bicep's index-from-end form): it is 'tables', which is not a
// Key Vault group id. Read as `groupNames[2]` it would be 'vault', and nothing would be reported.
var groupNames = [
  'secrets'
  'tables'
  'vault'
]

resource vault 'Microsoft.KeyVault/vaults@2023-07-01' = {
  name: 'kv-from-end'
  location: resourceGroup().location
  properties: {
    tenantId: subscription().tenantId
    sku: {
      family: 'A'
      name: 'standard'
    }
    publicNetworkAccess: 'Disabled'
  }
}

resource endpoint 'Microsoft.Network/privateEndpoints@2024-05-01' = {
  name: 'pe-kv-from-end'
  location: resourceGroup().location
  properties: {
    subnet: {
      id: resourceId('Microsoft.Network/virtualNetworks/subnets', 'vnet-app', 'snet-pe')
    }
    privateLinkServiceConnections: [
      {
        name: 'vault'
        properties: {
          privateLinkServiceId: vault.id
          groupIds: [
            groupNames[^2]
          ]
        }
      }
    ]
  }
}
