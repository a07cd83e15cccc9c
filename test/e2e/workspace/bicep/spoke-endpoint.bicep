// e2e fixture: a spoke's endpoint whose subnet comes from the landing zone, so its network is unknown here.
@description('Subnet for private endpoints, from the landing zone.')
param subnetId string

resource vault 'Microsoft.KeyVault/vaults@2023-07-01' = {
  name: 'kv-e2e-spoke'
  location: 'westeurope'
  properties: {
    tenantId: subscription().tenantId
    sku: { family: 'A', name: 'standard' }
    publicNetworkAccess: 'Disabled'
  }
}

resource endpoint 'Microsoft.Network/privateEndpoints@2023-09-01' = {
  name: 'pe-kv-spoke'
  location: 'westeurope'
  properties: {
    subnet: { id: subnetId }
    privateLinkServiceConnections: [ { name: 'vault', properties: { privateLinkServiceId: vault.id, groupIds: [ 'vault' ] } } ]
  }
}
