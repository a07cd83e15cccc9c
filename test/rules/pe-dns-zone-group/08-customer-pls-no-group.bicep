// expect: pe-dns-zone-group 0
param plsResourceId string = '/subscriptions/00000000-0000-0000-0000-000000000002/resourceGroups/rg-vendor/providers/Microsoft.Network/privateLinkServices/pls-vendor'

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
          privateLinkServiceId: plsResourceId
          requestMessage: 'Contoso production'
        }
      }
    ]
  }
}
