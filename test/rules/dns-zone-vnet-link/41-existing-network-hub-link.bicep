// expect: dns-zone-vnet-link 0
// The spoke exists already and its DNS settings are not written here: it may resolve through the hub's DNS forwarder,
// which reads the zone through the hub link.
resource spoke 'Microsoft.Network/virtualNetworks@2024-05-01' existing = {
  name: 'vnet-spoke-payments'
}

resource zone 'Microsoft.Network/privateDnsZones@2020-06-01' = {
  name: 'privatelink.redis.cache.windows.net'
  location: 'global'
}

resource hubLink 'Microsoft.Network/privateDnsZones/virtualNetworkLinks@2020-06-01' = {
  parent: zone
  name: 'link-vnet-hub'
  location: 'global'
  properties: {
    registrationEnabled: false
    virtualNetwork: { id: resourceId('Microsoft.Network/virtualNetworks', 'vnet-hub') }
  }
}

resource pe 'Microsoft.Network/privateEndpoints@2024-05-01' = {
  name: 'pe-redis-payments'
  location: 'westeurope'
  properties: {
    subnet: { id: '${spoke.id}/subnets/snet-pe' }
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
