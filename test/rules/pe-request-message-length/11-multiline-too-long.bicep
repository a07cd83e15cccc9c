// expect: pe-request-message-length 1
// expect-line: 15
resource pe 'Microsoft.Network/privateEndpoints@2024-05-01' = {
  name: 'pe-vendor-api'
  location: 'eastus'
  properties: {
    subnet: {
      id: resourceId('Microsoft.Network/virtualNetworks/subnets', 'vnet-east', 'snet-pe')
    }
    manualPrivateLinkServiceConnections: [
      {
        name: 'vendor-api'
        properties: {
          privateLinkServiceId: '/subscriptions/66666666-6666-6666-6666-666666666666/resourceGroups/rg-vendor/providers/Microsoft.Network/privateLinkServices/pls-vendor-api'
          requestMessage: '''
Contoso Ltd requests a private endpoint to the vendor API.
Environment: production, region East US.
Contact: network-operations@contoso.com, ticket NET-2024-1187.
'''
        }
      }
    ]
  }
}
