// expect: pe-valid-group-id 1
// expect-line: 19
// expect-message: partnerServiceId
param partnerServiceId string = '/subscriptions/00000000-0000-0000-0000-000000000005/resourceGroups/rg-partner/providers/Microsoft.Network/privateLinkServices/pls-partner'

resource pe 'Microsoft.Network/privateEndpoints@2024-05-01' = {
  name: 'pe-partner'
  location: resourceGroup().location
  properties: {
    subnet: {
      id: resourceId('Microsoft.Network/virtualNetworks/subnets', 'vnet-app', 'snet-pe')
    }
    manualPrivateLinkServiceConnections: [
      {
        name: 'partner'
        properties: {
          privateLinkServiceId: partnerServiceId
          groupIds: [
            'api'
          ]
          requestMessage: 'Contoso'
        }
      }
    ]
  }
}
