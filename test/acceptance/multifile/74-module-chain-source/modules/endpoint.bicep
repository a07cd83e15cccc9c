param name string
param targetId string
param groupId string
param subnetId string

resource endpoint 'Microsoft.Network/privateEndpoints@2023-04-01' = {
  name: name
  location: resourceGroup().location
  properties: {
    subnet: { id: subnetId }
    privateLinkServiceConnections: [
      {
        name: groupId
        properties: { privateLinkServiceId: targetId, groupIds: [ groupId ] }
      }
    ]
  }
}
