// expect: pls-ipv4-only 0
resource pls 'Microsoft.Network/privateLinkServices@2023-09-01' existing = {
  name: 'pls-legacy'
}

resource pe 'Microsoft.Network/privateEndpoints@2023-09-01' = {
  name: 'pe-to-legacy'
  location: resourceGroup().location
  properties: {
    subnet: {
      id: resourceId('Microsoft.Network/virtualNetworks/subnets', 'vnet-consumer', 'snet-pe')
    }
    privateLinkServiceConnections: [
      {
        name: 'legacy'
        properties: {
          privateLinkServiceId: pls.id
        }
      }
    ]
  }
}
