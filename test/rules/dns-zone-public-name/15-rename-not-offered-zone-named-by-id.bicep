// expect: dns-zone-public-name 1
// The zone group names the zone by its id written out, which a rename would leave pointing at nothing: the finding
// stands, but no rename is offered (fail.bicep, where the zone group writes sqlZone.id, offers it).
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
            privateDnsZoneId: resourceId('Microsoft.Network/privateDnsZones', 'database.windows.net')
          }
        }
      ]
    }
  }
}
