// expect: dns-zone-vnet-link 1
param vnetName string
param location string = resourceGroup().location

resource zone 'Microsoft.Network/privateDnsZones@2020-06-01' = {
  name: 'privatelink.redis.cache.windows.net'
  location: 'global'
}

resource pe 'Microsoft.Network/privateEndpoints@2023-09-01' = {
  name: 'pe-redis'
  location: location
  properties: {
    subnet: {
      id: resourceId('Microsoft.Network/virtualNetworks/subnets', vnetName, 'snet-pe')
    }
    privateLinkServiceConnections: [
      {
        name: 'redisCache'
        properties: {
          privateLinkServiceId: resourceId('Microsoft.Cache/redis', 'redis-sessions')
          groupIds: [
            'redisCache'
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
          name: 'redis'
          properties: {
            privateDnsZoneId: zone.id
          }
        }
      ]
    }
  }
}
