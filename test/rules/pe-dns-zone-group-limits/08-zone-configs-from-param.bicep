// expect: pe-dns-zone-group-limits 0
@description('Zone ids for the endpoint, supplied by the platform team')
param privateDnsZoneIds array

resource pe 'Microsoft.Network/privateEndpoints@2024-05-01' = {
  name: 'pe-ampls'
  location: resourceGroup().location
  properties: {
    subnet: {
      id: resourceId('Microsoft.Network/virtualNetworks/subnets', 'vnet-hub', 'snet-pe')
    }
    privateLinkServiceConnections: [
      {
        name: 'ampls'
        properties: {
          privateLinkServiceId: resourceId('Microsoft.Insights/privateLinkScopes', 'ampls-hub')
          groupIds: [
            'azuremonitor'
          ]
        }
      }
    ]
  }

  resource dns 'privateDnsZoneGroups' = {
    name: 'default'
    properties: {
      privateDnsZoneConfigs: [for (zoneId, i) in privateDnsZoneIds: {
        name: 'zone${i}'
        properties: {
          privateDnsZoneId: zoneId
        }
      }]
    }
  }
}
