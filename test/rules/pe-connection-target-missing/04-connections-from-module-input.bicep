// expect: pe-connection-target-missing 0
param manualConnections array = []
param connections array

resource pe 'Microsoft.Network/privateEndpoints@2024-05-01' = {
  name: 'pe-generic'
  location: 'westus3'
  properties: {
    subnet: {
      id: resourceId('Microsoft.Network/virtualNetworks/subnets', 'vnet-app', 'snet-pe')
    }
    privateLinkServiceConnections: connections
    manualPrivateLinkServiceConnections: manualConnections
  }
}
