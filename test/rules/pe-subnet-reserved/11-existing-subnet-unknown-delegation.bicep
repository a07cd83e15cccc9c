// expect: pe-subnet-reserved 0
resource vnet 'Microsoft.Network/virtualNetworks@2024-05-01' existing = {
  name: 'vnet-spoke'
  scope: resourceGroup('rg-network')

  resource appsSubnet 'subnets' existing = {
    name: 'snet-apps'
  }
}

resource pe 'Microsoft.Network/privateEndpoints@2024-05-01' = {
  name: 'pe-spoke-kv'
  location: resourceGroup().location
  properties: {
    subnet: {
      id: vnet::appsSubnet.id
    }
    privateLinkServiceConnections: [
      {
        name: 'vault'
        properties: {
          privateLinkServiceId: resourceId('Microsoft.KeyVault/vaults', 'kv-spoke')
          groupIds: [
            'vault'
          ]
        }
      }
    ]
  }
}
