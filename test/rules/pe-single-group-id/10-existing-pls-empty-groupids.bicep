// expect: pe-single-group-id 0
resource pls 'Microsoft.Network/privateLinkServices@2024-05-01' existing = {
  name: 'pls-inventory'
  scope: resourceGroup('rg-provider')
}

resource pe 'Microsoft.Network/privateEndpoints@2024-05-01' = {
  name: 'pe-inventory'
  location: resourceGroup().location
  properties: {
    subnet: {
      id: resourceId('Microsoft.Network/virtualNetworks/subnets', 'vnet-consumer', 'snet-pe')
    }
    privateLinkServiceConnections: [
      {
        name: 'inventory'
        properties: {
          privateLinkServiceId: pls.id
          groupIds: []
        }
      }
    ]
  }
}
