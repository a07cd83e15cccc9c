// expect: pe-dns-zone-group-limits 0
param useHubDns bool
param hubDnsResourceGroup string = 'rg-hub-dns'

resource sql 'Microsoft.Sql/servers@2023-08-01-preview' existing = {
  name: 'sql-app'
}

resource pe 'Microsoft.Network/privateEndpoints@2024-05-01' = {
  name: 'pe-sql-app'
  location: resourceGroup().location
  properties: {
    subnet: {
      id: resourceId('Microsoft.Network/virtualNetworks/subnets', 'vnet-app', 'snet-pe')
    }
    privateLinkServiceConnections: [
      {
        name: 'sql'
        properties: {
          privateLinkServiceId: sql.id
          groupIds: [
            'sqlServer'
          ]
        }
      }
    ]
  }
}

resource hubGroup 'Microsoft.Network/privateEndpoints/privateDnsZoneGroups@2024-05-01' = if (useHubDns) {
  parent: pe
  name: 'hub'
  properties: {
    privateDnsZoneConfigs: [
      {
        name: 'sql'
        properties: {
          privateDnsZoneId: resourceId(hubDnsResourceGroup, 'Microsoft.Network/privateDnsZones', 'privatelink.database.windows.net')
        }
      }
    ]
  }
}

resource localGroup 'Microsoft.Network/privateEndpoints/privateDnsZoneGroups@2024-05-01' = if (!useHubDns) {
  parent: pe
  name: 'local'
  properties: {
    privateDnsZoneConfigs: [
      {
        name: 'sql'
        properties: {
          privateDnsZoneId: resourceId('Microsoft.Network/privateDnsZones', 'privatelink.database.windows.net')
        }
      }
    ]
  }
}
