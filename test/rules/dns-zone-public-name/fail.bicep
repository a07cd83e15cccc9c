param subnetId string
param vnetId string
param vaultZoneName string = 'vault.azure.net'

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

resource vaultZone 'Microsoft.Network/privateDnsZones@2020-06-01' = {
  name: vaultZoneName
  location: 'global'
}
