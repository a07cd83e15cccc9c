// expect: dns-zone-public-name 1
// The zone's link is its child by the name 'database.windows.net/link-spoke', not by 'parent': a rename of the zone
// would leave the link under the old name, so no rename is offered.
param subnetId string
param vnetId string

resource sqlZone 'Microsoft.Network/privateDnsZones@2020-06-01' = {
  name: 'database.windows.net'
  location: 'global'
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

resource link 'Microsoft.Network/privateDnsZones/virtualNetworkLinks@2020-06-01' = {
  name: 'database.windows.net/link-spoke'
  location: 'global'
  properties: {
    registrationEnabled: false
    virtualNetwork: {
      id: vnetId
    }
  }
}
