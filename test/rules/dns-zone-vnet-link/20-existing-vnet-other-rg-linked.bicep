// expect: dns-zone-vnet-link 0
param location string = resourceGroup().location

resource spoke 'Microsoft.Network/virtualNetworks@2023-09-01' existing = {
  name: 'vnet-spoke-01'
  scope: resourceGroup('rg-network')

  resource peSubnet 'subnets' existing = {
    name: 'snet-pe'
  }
}

resource zone 'Microsoft.Network/privateDnsZones@2020-06-01' = {
  name: 'privatelink.postgres.database.azure.com'
  location: 'global'

  resource spokeLink 'virtualNetworkLinks' = {
    name: 'link-spoke-01'
    location: 'global'
    properties: {
      registrationEnabled: false
      virtualNetwork: {
        id: resourceId('rg-network', 'Microsoft.Network/virtualNetworks', 'vnet-spoke-01')
      }
    }
  }
}

resource pe 'Microsoft.Network/privateEndpoints@2023-09-01' = {
  name: 'pe-psql'
  location: location
  properties: {
    subnet: {
      id: spoke::peSubnet.id
    }
    privateLinkServiceConnections: [
      {
        name: 'postgresqlServer'
        properties: {
          privateLinkServiceId: resourceId('Microsoft.DBforPostgreSQL/flexibleServers', 'psql-orders')
          groupIds: [
            'postgresqlServer'
          ]
        }
      }
    ]
  }

  resource dns 'privateDnsZoneGroups' = {
    name: 'default'
    properties: {
      privateDnsZoneConfigs: [
        {
          name: 'psql'
          properties: {
            privateDnsZoneId: zone.id
          }
        }
      ]
    }
  }
}
