// expect: pe-request-message-length 0
param partners array

resource endpoints 'Microsoft.Network/privateEndpoints@2024-05-01' = [for p in partners: {
  name: 'pe-${p.name}'
  location: resourceGroup().location
  properties: {
    subnet: {
      id: resourceId('Microsoft.Network/virtualNetworks/subnets', 'vnet-app', 'snet-pe')
    }
    manualPrivateLinkServiceConnections: [
      {
        name: p.name
        properties: {
          privateLinkServiceId: p.serviceId
          requestMessage: p.?message ?? 'Contoso integration, see ticket in the partner portal'
        }
      }
    ]
  }
}]
