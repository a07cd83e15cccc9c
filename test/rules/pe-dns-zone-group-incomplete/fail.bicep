param subnetId string

var monitorZones = [
  'privatelink.monitor.azure.com'
  'privatelink.oms.opinsights.azure.com'
  'privatelink.ods.opinsights.azure.com'
  'privatelink.agentsvc.azure-automation.net'
]

resource zones 'Microsoft.Network/privateDnsZones@2020-06-01' = [for zone in monitorZones: {
  name: zone
  location: 'global'
}]

resource scope 'Microsoft.Insights/privateLinkScopes@2021-07-01-preview' = {
  name: 'ampls-hub'
  location: 'global'
  properties: {
    accessModeSettings: {
      ingestionAccessMode: 'PrivateOnly'
      queryAccessMode: 'PrivateOnly'
    }
  }
}

resource pe 'Microsoft.Network/privateEndpoints@2024-05-01' = {
  name: 'pe-ampls'
  location: 'westeurope'
  properties: {
    subnet: {
      id: subnetId
    }
    privateLinkServiceConnections: [
      {
        name: 'ampls'
        properties: {
          privateLinkServiceId: scope.id
          groupIds: [
            'azuremonitor'
          ]
        }
      }
    ]
  }

  // The blob zone, which agents use to download solution packs, is missing.
  resource zoneGroup 'privateDnsZoneGroups' = {
    name: 'default'
    properties: {
      privateDnsZoneConfigs: [for (zone, i) in monitorZones: {
        name: replace(zone, '.', '-')
        properties: {
          privateDnsZoneId: zones[i].id
        }
      }]
    }
  }
}
