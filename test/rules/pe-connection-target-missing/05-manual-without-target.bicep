// expect: pe-connection-target-missing 1
// expect-line: 11
resource pe 'Microsoft.Network/privateEndpoints@2024-05-01' = {
  name: 'pe-partner'
  location: 'westus3'
  properties: {
    subnet: {
      id: resourceId('Microsoft.Network/virtualNetworks/subnets', 'vnet-app', 'snet-pe')
    }
    manualPrivateLinkServiceConnections: [
      {
        name: 'partner'
        properties: {
          requestMessage: 'Billing team, subscription 1234'
        }
      }
    ]
  }
}
