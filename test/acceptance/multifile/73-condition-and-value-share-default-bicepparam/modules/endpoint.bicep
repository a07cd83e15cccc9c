// A blob endpoint with its zone group, for whatever target the caller names.
param targetId string
param subnetId string

resource endpoint 'Microsoft.Network/privateEndpoints@2023-04-01' = {
  name: 'pe-blob'
  location: resourceGroup().location
  properties: {
    subnet: { id: subnetId }
    privateLinkServiceConnections: [
      {
        name: 'blob'
        properties: { privateLinkServiceId: targetId, groupIds: [ 'blob' ] }
      }
    ]
  }
}

resource zoneGroup 'Microsoft.Network/privateEndpoints/privateDnsZoneGroups@2023-04-01' = {
  parent: endpoint
  name: 'default'
  properties: {
    privateDnsZoneConfigs: [
      {
        name: 'blob'
        properties: { privateDnsZoneId: resourceId('Microsoft.Network/privateDnsZones', 'privatelink.blob.core.windows.net') }
      }
    ]
  }
}
