// expect: dns-zone-vnet-link 0
// The zone's link was made by the network team's deployment; this template only reads it (for its id as an output).
// Which network it links is not written here, so it may well be the endpoint's.
resource vnet 'Microsoft.Network/virtualNetworks@2024-05-01' = {
  name: 'vnet-payments'
  location: 'westeurope'
  properties: {
    addressSpace: { addressPrefixes: ['10.50.0.0/16'] }
    subnets: [
      { name: 'snet-pe', properties: { addressPrefix: '10.50.1.0/24' } }
    ]
  }
}

resource zone 'Microsoft.Network/privateDnsZones@2020-06-01' = {
  name: 'privatelink.redis.cache.windows.net'
  location: 'global'
}

resource paymentsLink 'Microsoft.Network/privateDnsZones/virtualNetworkLinks@2020-06-01' existing = {
  parent: zone
  name: 'link-payments'
}

resource pe 'Microsoft.Network/privateEndpoints@2024-05-01' = {
  name: 'pe-redis-payments'
  location: 'westeurope'
  properties: {
    subnet: { id: vnet.properties.subnets[0].id }
    privateLinkServiceConnections: [
      {
        name: 'redis'
        properties: {
          privateLinkServiceId: resourceId('Microsoft.Cache/redis', 'redis-payments')
          groupIds: ['redisCache']
        }
      }
    ]
  }

  resource zoneGroup 'privateDnsZoneGroups' = {
    name: 'default'
    properties: {
      privateDnsZoneConfigs: [
        { name: 'redis', properties: { privateDnsZoneId: zone.id } }
      ]
    }
  }
}

output paymentsLinkId string = paymentsLink.id
