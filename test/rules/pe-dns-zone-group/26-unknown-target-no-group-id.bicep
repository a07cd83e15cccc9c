// expect: pe-dns-zone-group 0
// The target id is a parameter and no group id is written: it may be a customer Private Link service.
param targetId string

resource pe 'Microsoft.Network/privateEndpoints@2024-05-01' = {
  name: 'pe-partner'
  location: 'westeurope'
  properties: {
    subnet: {
      id: resourceId('Microsoft.Network/virtualNetworks/subnets', 'vnet-app', 'snet-pe')
    }
    privateLinkServiceConnections: [
      {
        name: 'conn'
        properties: {
          privateLinkServiceId: targetId
        }
      }
    ]
  }
}
