// expect: dns-zone-vnet-link 1
// expect-message: it is linked to no virtual network at all
// A zone linked nowhere fails whatever DNS servers the network uses: the verdict does not rest on the default that
// leaves them unset, so the message names no parameter (case 42 is the same network with the zone linked to a hub).
param useCustomDns bool = false
param customDnsServers array = ['10.0.0.4']

resource vnet 'Microsoft.Network/virtualNetworks@2024-05-01' = {
  name: 'vnet-payments'
  location: 'westeurope'
  properties: {
    addressSpace: { addressPrefixes: ['10.50.0.0/16'] }
    dhcpOptions: { dnsServers: useCustomDns ? customDnsServers : null }
    subnets: [
      { name: 'snet-pe', properties: { addressPrefix: '10.50.1.0/24' } }
    ]
  }
}

resource zone 'Microsoft.Network/privateDnsZones@2020-06-01' = {
  name: 'privatelink.redis.cache.windows.net'
  location: 'global'
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
