// expect: pe-valid-group-id 0
resource appGw 'Microsoft.Network/applicationGateways@2024-05-01' existing = {
  name: 'agw-shared'
}

resource pe 'Microsoft.Network/privateEndpoints@2024-05-01' = {
  name: 'pe-agw-shared'
  location: resourceGroup().location
  properties: {
    subnet: {
      id: resourceId('Microsoft.Network/virtualNetworks/subnets', 'vnet-consumer', 'snet-pe')
    }
    privateLinkServiceConnections: [
      {
        name: 'frontend'
        properties: {
          privateLinkServiceId: appGw.id
          groupIds: [
            'privateFrontend'
          ]
        }
      }
    ]
  }
}
