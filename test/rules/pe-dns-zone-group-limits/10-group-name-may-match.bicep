// expect: pe-dns-zone-group-limits 0
param zoneGroupName string

resource pe 'Microsoft.Network/privateEndpoints@2024-05-01' = {
  name: 'pe-redis'
  location: resourceGroup().location
  properties: {
    subnet: {
      id: resourceId('Microsoft.Network/virtualNetworks/subnets', 'vnet-app', 'snet-pe')
    }
    privateLinkServiceConnections: [
      {
        name: 'redis'
        properties: {
          privateLinkServiceId: resourceId('Microsoft.Cache/redis', 'redis-app')
          groupIds: [
            'redisCache'
          ]
        }
      }
    ]
  }

  resource group1 'privateDnsZoneGroups' = {
    name: 'default'
    properties: {
      privateDnsZoneConfigs: [
        {
          name: 'redis'
          properties: {
            privateDnsZoneId: resourceId('Microsoft.Network/privateDnsZones', 'privatelink.redis.cache.windows.net')
          }
        }
      ]
    }
  }
}

resource group2 'Microsoft.Network/privateEndpoints/privateDnsZoneGroups@2024-05-01' = {
  parent: pe
  name: zoneGroupName
  properties: {
    privateDnsZoneConfigs: [
      {
        name: 'redis'
        properties: {
          privateDnsZoneId: resourceId('Microsoft.Network/privateDnsZones', 'privatelink.redis.cache.windows.net')
        }
      }
    ]
  }
}
