// Private endpoint without a DNS zone group (DNS is expected to be handled elsewhere).
param name string
param location string = 'westeurope'
param subnetId string
param targetId string
param groupId string

resource pe 'Microsoft.Network/privateEndpoints@2024-05-01' = {
  name: name
  location: location
  properties: {
    subnet: {
      id: subnetId
    }
    privateLinkServiceConnections: [
      {
        name: groupId
        properties: {
          privateLinkServiceId: targetId
          groupIds: [
            groupId
          ]
        }
      }
    ]
  }
}

output id string = pe.id
output name string = pe.name
