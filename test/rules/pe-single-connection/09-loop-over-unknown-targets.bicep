// expect: pe-single-connection 0
@description('Connections supplied by the caller')
param connections array
param subnetId string

resource pe 'Microsoft.Network/privateEndpoints@2024-05-01' = {
  name: 'pe-shared'
  location: resourceGroup().location
  properties: {
    subnet: {
      id: subnetId
    }
    privateLinkServiceConnections: [for c in connections: {
      name: c.name
      properties: {
        privateLinkServiceId: c.id
        groupIds: [
          c.groupId
        ]
      }
    }]
  }
}
