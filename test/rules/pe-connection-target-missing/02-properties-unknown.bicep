// expect: pe-connection-target-missing 0
param connectionProperties object

resource pe 'Microsoft.Network/privateEndpoints@2024-05-01' = {
  name: 'pe-generic'
  location: 'westus3'
  properties: {
    subnet: {
      id: resourceId('Microsoft.Network/virtualNetworks/subnets', 'vnet-app', 'snet-pe')
    }
    privateLinkServiceConnections: [
      {
        name: 'generic'
        properties: connectionProperties
      }
    ]
  }
}
