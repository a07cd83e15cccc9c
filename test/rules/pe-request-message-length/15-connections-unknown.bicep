// expect: pe-request-message-length 0
// The connection list comes from a parameter: its messages are not known here.
param connections array

resource pe 'Microsoft.Network/privateEndpoints@2024-05-01' = {
  name: 'pe-list'
  location: 'westeurope'
  properties: {
    subnet: {
      id: resourceId('Microsoft.Network/virtualNetworks/subnets', 'vnet-app', 'snet-pe')
    }
    privateLinkServiceConnections: connections
  }
}
