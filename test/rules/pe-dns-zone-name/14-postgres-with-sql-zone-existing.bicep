// expect: pe-dns-zone-name 1
// expect-line: 41
resource sqlZone 'Microsoft.Network/privateDnsZones@2024-06-01' existing = {
  name: 'privatelink.database.windows.net'
  scope: resourceGroup('rg-dns')
}

resource pg 'Microsoft.DBforPostgreSQL/flexibleServers@2024-08-01' existing = {
  name: 'pg-orders'
}

resource pe 'Microsoft.Network/privateEndpoints@2024-05-01' = {
  name: 'pe-pg-orders'
  location: resourceGroup().location
  properties: {
    subnet: {
      id: resourceId('Microsoft.Network/virtualNetworks/subnets', 'vnet-app', 'snet-pe')
    }
    privateLinkServiceConnections: [
      {
        name: 'pg'
        properties: {
          privateLinkServiceId: pg.id
          groupIds: [
            'postgresqlServer'
          ]
        }
      }
    ]
  }
}

resource dns 'Microsoft.Network/privateEndpoints/privateDnsZoneGroups@2024-05-01' = {
  parent: pe
  name: 'default'
  properties: {
    privateDnsZoneConfigs: [
      {
        name: 'pg'
        properties: {
          privateDnsZoneId: sqlZone.id
        }
      }
    ]
  }
}
