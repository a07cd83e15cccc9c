// expect: pe-dns-zone-group-limits 1
// expect-line: 22
resource pe 'Microsoft.Network/privateEndpoints@2024-05-01' existing = {
  name: 'pe-legacy-sql'
}

resource hubGroup 'Microsoft.Network/privateEndpoints/privateDnsZoneGroups@2024-05-01' = {
  parent: pe
  name: 'hub'
  properties: {
    privateDnsZoneConfigs: [
      {
        name: 'sql'
        properties: {
          privateDnsZoneId: resourceId('rg-hub-dns', 'Microsoft.Network/privateDnsZones', 'privatelink.database.windows.net')
        }
      }
    ]
  }
}

resource spokeGroup 'Microsoft.Network/privateEndpoints/privateDnsZoneGroups@2024-05-01' = {
  parent: pe
  name: 'spoke'
  properties: {
    privateDnsZoneConfigs: [
      {
        name: 'sql'
        properties: {
          privateDnsZoneId: resourceId('rg-spoke-dns', 'Microsoft.Network/privateDnsZones', 'privatelink.database.windows.net')
        }
      }
    ]
  }
}
