// A spoke's Key Vault endpoint without a zone group: the landing zone's policy adds it.
param subnetId string = '/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-spoke/providers/Microsoft.Network/virtualNetworks/vnet-spoke/subnets/snet-pe'

resource vault 'Microsoft.KeyVault/vaults@2023-07-01' = {
  name: 'kv-policy-dns-77'
  location: resourceGroup().location
  properties: {
    tenantId: subscription().tenantId
    sku: { family: 'A', name: 'standard' }
    publicNetworkAccess: 'Disabled'
  }
}

resource endpoint 'Microsoft.Network/privateEndpoints@2023-04-01' = {
  name: 'pe-kv-policy-dns-77'
  location: resourceGroup().location
  properties: {
    subnet: { id: subnetId }
    privateLinkServiceConnections: [
      {
        name: 'vault'
        properties: { privateLinkServiceId: vault.id, groupIds: [ 'vault' ] }
      }
    ]
  }
}
