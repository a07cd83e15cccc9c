// expect: dns-zone-vnet-link 1
// expect-line: 24
// expect-message: has no virtual network link to vnet
// expect-message: (from the default value of parameter 'useCustomDns')
// expect-related: 59: The zone group of pe using this zone
// expect-related: 43: The endpoint's subnet
// Custom DNS servers are off by default (null): the network resolves through Azure-provided DNS, which reads only the
// zones linked to it, and this zone is linked to the hub only.
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
