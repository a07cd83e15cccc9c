// expect: pe-dns-zone-name 0
resource pe 'Microsoft.Network/privateEndpoints@2024-05-01' existing = {
  name: 'pe-created-by-platform'
}

resource dns 'Microsoft.Network/privateEndpoints/privateDnsZoneGroups@2024-05-01' = {
  parent: pe
  name: 'default'
  properties: {
    privateDnsZoneConfigs: [
      {
        name: 'blob'
        properties: {
          privateDnsZoneId: resourceId('rg-dns', 'Microsoft.Network/privateDnsZones', 'privatelink.blob.core.windows.net')
        }
      }
    ]
  }
}
