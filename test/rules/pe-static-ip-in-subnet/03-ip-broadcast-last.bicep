// expect: pe-static-ip-in-subnet 1
// expect-line: 50
param location string = 'northeurope'

resource vnet 'Microsoft.Network/virtualNetworks@2024-05-01' = {
  name: 'vnet-shared'
  location: location
  properties: {
    addressSpace: {
      addressPrefixes: [
        '10.8.0.0/16'
      ]
    }
    subnets: [
      {
        name: 'snet-endpoints'
        properties: {
          addressPrefix: '10.8.4.0/24'
          privateEndpointNetworkPolicies: 'Enabled'
        }
      }
    ]
  }
}

resource pe 'Microsoft.Network/privateEndpoints@2024-05-01' = {
  name: 'pe-redis-shared'
  location: location
  properties: {
    subnet: {
      id: resourceId('Microsoft.Network/virtualNetworks/subnets', vnet.name, 'snet-endpoints')
    }
    privateLinkServiceConnections: [
      {
        name: 'redis'
        properties: {
          privateLinkServiceId: resourceId('Microsoft.Cache/redis', 'redis-shared')
          groupIds: [
            'redisCache'
          ]
        }
      }
    ]
    ipConfigurations: [
      {
        name: 'redis-ip'
        properties: {
          groupId: 'redisCache'
          memberName: 'redisCache'
          privateIPAddress: '10.8.4.255'
        }
      }
    ]
  }
}
