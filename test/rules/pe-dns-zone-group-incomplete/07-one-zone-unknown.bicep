// expect: pe-dns-zone-group-incomplete 0
// One zone config names a zone the caller chooses: it may be the missing one.
param fifthZoneId string

resource pe 'Microsoft.Network/privateEndpoints@2024-05-01' = {
  name: 'pe-ampls'
  location: 'westeurope'
  properties: {
    subnet: {
      id: resourceId('Microsoft.Network/virtualNetworks/subnets', 'vnet-app', 'snet-pe')
    }
    privateLinkServiceConnections: [
      {
        name: 'conn'
        properties: {
          privateLinkServiceId: resourceId('Microsoft.Insights/privateLinkScopes', 'ampls-central')
          groupIds: [
            'azuremonitor'
          ]
        }
      }
    ]
  }
}

resource zoneGroup 'Microsoft.Network/privateEndpoints/privateDnsZoneGroups@2024-05-01' = {
  parent: pe
  name: 'zoneGroup'
  properties: {
    privateDnsZoneConfigs: [
      {
        name: 'zone0'
        properties: {
          privateDnsZoneId: resourceId('Microsoft.Network/privateDnsZones', 'privatelink.monitor.azure.com')
        }
      }
      {
        name: 'zone1'
        properties: {
          privateDnsZoneId: resourceId('Microsoft.Network/privateDnsZones', 'privatelink.oms.opinsights.azure.com')
        }
      }
      {
        name: 'zone2'
        properties: {
          privateDnsZoneId: resourceId('Microsoft.Network/privateDnsZones', 'privatelink.ods.opinsights.azure.com')
        }
      }
      {
        name: 'zone3'
        properties: {
          privateDnsZoneId: resourceId('Microsoft.Network/privateDnsZones', 'privatelink.agentsvc.azure-automation.net')
        }
      }
      {
        name: 'zone4'
        properties: {
          privateDnsZoneId: fifthZoneId
        }
      }
    ]
  }
}
