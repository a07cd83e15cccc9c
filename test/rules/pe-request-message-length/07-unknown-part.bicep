// expect: pe-request-message-length 0
param ticketId string
param requester string

resource pe 'Microsoft.Network/privateEndpoints@2024-05-01' = {
  name: 'pe-partner-pls'
  location: resourceGroup().location
  properties: {
    subnet: {
      id: resourceId('Microsoft.Network/virtualNetworks/subnets', 'vnet-app', 'snet-pe')
    }
    manualPrivateLinkServiceConnections: [
      {
        name: 'partner'
        properties: {
          privateLinkServiceId: resourceId('33333333-3333-3333-3333-333333333333', 'rg-partner', 'Microsoft.Network/privateLinkServices', 'pls-partner')
          requestMessage: 'Requested by ${requester}, ticket ${ticketId}'
        }
      }
    ]
  }
}
