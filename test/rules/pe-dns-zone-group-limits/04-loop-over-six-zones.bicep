// expect: pe-dns-zone-group-limits 1
var hybridZones = [
  'privatelink.his.arc.azure.com'
  'privatelink.guestconfiguration.azure.com'
  'privatelink.dp.kubernetesconfiguration.azure.com'
  'privatelink.monitor.azure.com'
  'privatelink.oms.opinsights.azure.com'
  'privatelink.ods.opinsights.azure.com'
]

resource arcScope 'Microsoft.HybridCompute/privateLinkScopes@2023-10-03-preview' existing = {
  name: 'pls-arc'
}

resource pe 'Microsoft.Network/privateEndpoints@2024-05-01' = {
  name: 'pe-arc'
  location: resourceGroup().location
  properties: {
    subnet: {
      id: resourceId('Microsoft.Network/virtualNetworks/subnets', 'vnet-hub', 'snet-pe')
    }
    privateLinkServiceConnections: [
      {
        name: 'arc'
        properties: {
          privateLinkServiceId: arcScope.id
          groupIds: [
            'hybridcompute'
          ]
        }
      }
    ]
  }
}

resource zoneGroup 'Microsoft.Network/privateEndpoints/privateDnsZoneGroups@2024-05-01' = {
  parent: pe
  name: 'default'
  properties: {
    privateDnsZoneConfigs: [for zone in hybridZones: {
      name: replace(zone, '.', '-')
      properties: {
        privateDnsZoneId: resourceId('rg-dns', 'Microsoft.Network/privateDnsZones', zone)
      }
    }]
  }
}
