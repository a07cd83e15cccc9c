// Private endpoint with its DNS zone group. Everything comes from the caller.
param name string
param location string = 'westeurope'
param subnetId string
param targetId string
param groupId string
param zoneId string

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

  resource zoneGroup 'privateDnsZoneGroups' = {
    name: 'default'
    properties: {
      privateDnsZoneConfigs: [
        {
          name: groupId
          properties: {
            privateDnsZoneId: zoneId
          }
        }
      ]
    }
  }
}

output id string = pe.id
output name string = pe.name
