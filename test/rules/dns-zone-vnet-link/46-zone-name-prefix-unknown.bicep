// expect: dns-zone-vnet-link 0
// A zone named by the caller (here its first label) may be any zone, a public one included: only a name that starts
// with 'privatelink.' is known to be a privatelink zone, so nothing is said of its links.
param zonePrefix string
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
  name: '${zonePrefix}.redis.cache.windows.net'
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
