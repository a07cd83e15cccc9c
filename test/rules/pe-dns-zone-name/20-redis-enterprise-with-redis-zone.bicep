// expect: pe-dns-zone-name 1
// expect-line: 34
resource redis 'Microsoft.Cache/redisEnterprise@2024-02-01' existing = {
  name: 'redis-ent'
}

resource pe 'Microsoft.Network/privateEndpoints@2024-05-01' = {
  name: 'pe-redis-ent'
  location: resourceGroup().location
  properties: {
    subnet: {
      id: resourceId('Microsoft.Network/virtualNetworks/subnets', 'vnet-app', 'snet-pe')
    }
    privateLinkServiceConnections: [
      {
        name: 'redis'
        properties: {
          privateLinkServiceId: redis.id
          groupIds: [
            'redisEnterprise'
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
            privateDnsZoneId: resourceId('rg-dns', 'Microsoft.Network/privateDnsZones', 'privatelink.redis.cache.windows.net')
          }
        }
      ]
    }
  }
}
