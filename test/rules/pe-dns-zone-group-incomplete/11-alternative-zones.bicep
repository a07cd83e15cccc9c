// expect: pe-dns-zone-group-incomplete 0
// Group ids whose zones are alternatives: one zone is enough (Azure AI services, Azure Managed Redis).
resource peAi 'Microsoft.Network/privateEndpoints@2024-05-01' = {
  name: 'pe-ai'
  location: 'westeurope'
  properties: {
    subnet: {
      id: resourceId('Microsoft.Network/virtualNetworks/subnets', 'vnet-app', 'snet-pe')
    }
    privateLinkServiceConnections: [
      {
        name: 'conn'
        properties: {
          privateLinkServiceId: resourceId('Microsoft.CognitiveServices/accounts', 'ai-app')
          groupIds: [
            'account'
          ]
        }
      }
    ]
  }
}

resource aiGroup 'Microsoft.Network/privateEndpoints/privateDnsZoneGroups@2024-05-01' = {
  parent: peAi
  name: 'aiGroup'
  properties: {
    privateDnsZoneConfigs: [
      {
        name: 'zone0'
        properties: {
          privateDnsZoneId: resourceId('Microsoft.Network/privateDnsZones', 'privatelink.cognitiveservices.azure.com')
        }
      }
    ]
  }
}

resource peRedis 'Microsoft.Network/privateEndpoints@2024-05-01' = {
  name: 'pe-redis'
  location: 'westeurope'
  properties: {
    subnet: {
      id: resourceId('Microsoft.Network/virtualNetworks/subnets', 'vnet-app', 'snet-pe')
    }
    privateLinkServiceConnections: [
      {
        name: 'conn'
        properties: {
          privateLinkServiceId: resourceId('Microsoft.Cache/redisEnterprise', 'redis-app')
          groupIds: [
            'redisEnterprise'
          ]
        }
      }
    ]
  }
}

resource redisGroup 'Microsoft.Network/privateEndpoints/privateDnsZoneGroups@2024-05-01' = {
  parent: peRedis
  name: 'redisGroup'
  properties: {
    privateDnsZoneConfigs: [
      {
        name: 'zone0'
        properties: {
          privateDnsZoneId: resourceId('Microsoft.Network/privateDnsZones', 'privatelink.redisenterprise.cache.azure.net')
        }
      }
    ]
  }
}
