// expect: dns-zone-public-name 1
// The privatelink zone the rename would give already exists in this template: two zones of one name cannot be
// deployed, so no rename is offered.
param subnetId string
param vnetId string

resource sqlZone 'Microsoft.Network/privateDnsZones@2020-06-01' = {
  name: 'database.windows.net'
  location: 'global'

  resource link 'virtualNetworkLinks' = {
    name: 'link-spoke'
    location: 'global'
    properties: {
      registrationEnabled: false
      virtualNetwork: {
        id: vnetId
      }
    }
  }
}

resource peSql 'Microsoft.Network/privateEndpoints@2024-05-01' = {
  name: 'pe-sql'
  location: 'westeurope'
  properties: {
    subnet: {
      id: subnetId
    }
    privateLinkServiceConnections: [
      {
        name: 'sql'
        properties: {
          privateLinkServiceId: resourceId('Microsoft.Sql/servers', 'sql-app')
          groupIds: [
            'sqlServer'
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
          name: 'sql'
          properties: {
            privateDnsZoneId: sqlZone.id
          }
        }
      ]
    }
  }
}

resource privatelinkZone 'Microsoft.Network/privateDnsZones@2020-06-01' = {
  name: 'privatelink.database.windows.net'
  location: 'global'
}
