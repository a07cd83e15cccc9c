// Adds the DNS zone group to an endpoint declared in another module.
param endpointName string
param zoneId string

resource pe 'Microsoft.Network/privateEndpoints@2024-05-01' existing = {
  name: endpointName
}

resource zoneGroup 'Microsoft.Network/privateEndpoints/privateDnsZoneGroups@2024-05-01' = {
  parent: pe
  name: 'default'
  properties: {
    privateDnsZoneConfigs: [
      {
        name: 'vault'
        properties: {
          privateDnsZoneId: zoneId
        }
      }
    ]
  }
}
