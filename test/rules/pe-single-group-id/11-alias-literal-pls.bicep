// expect: pe-single-group-id 0
resource pe 'Microsoft.Network/privateEndpoints@2024-05-01' = {
  name: 'pe-saas-vendor'
  location: 'eastus'
  properties: {
    subnet: {
      id: '/subscriptions/11111111-1111-1111-1111-111111111111/resourceGroups/rg-net/providers/Microsoft.Network/virtualNetworks/vnet-core/subnets/snet-pe'
    }
    manualPrivateLinkServiceConnections: [
      {
        name: 'vendor'
        properties: {
          privateLinkServiceId: '/subscriptions/22222222-2222-2222-2222-222222222222/resourceGroups/rg-vendor/providers/Microsoft.Network/privateLinkServices/pls-vendor-eastus'
          requestMessage: 'Contoso tenant 42'
        }
      }
    ]
  }
}
