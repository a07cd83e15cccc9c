// expect: pe-single-group-id 1
// expect-line: 15
resource pe 'Microsoft.Network/privateEndpoints@2024-05-01' = {
  name: 'pe-vendor'
  location: resourceGroup().location
  properties: {
    subnet: {
      id: resourceId('Microsoft.Network/virtualNetworks/subnets', 'vnet-app', 'snet-pe')
    }
    manualPrivateLinkServiceConnections: [
      {
        name: 'vendor'
        properties: {
          privateLinkServiceId: resourceId('rg-vendor', 'Microsoft.Network/privateLinkServices', 'pls-vendor')
          groupIds: [
            'api'
            'portal'
          ]
        }
      }
    ]
  }
}
