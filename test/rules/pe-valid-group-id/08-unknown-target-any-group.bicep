// expect: pe-valid-group-id 0
param targetId string
param subnetId string

resource pe 'Microsoft.Network/privateEndpoints@2024-05-01' = {
  name: 'pe-generic'
  location: resourceGroup().location
  properties: {
    subnet: {
      id: subnetId
    }
    privateLinkServiceConnections: [
      {
        name: 'target'
        properties: {
          privateLinkServiceId: targetId
          groupIds: [
            'namespace'
          ]
        }
      }
    ]
  }
}
