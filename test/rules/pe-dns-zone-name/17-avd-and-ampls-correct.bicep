// expect: pe-dns-zone-name 0
var monitorZones = [
  'privatelink.monitor.azure.com'
  'privatelink.oms.opinsights.azure.com'
  'privatelink.ods.opinsights.azure.com'
  'privatelink.agentsvc.azure-automation.net'
  'privatelink.blob.${environment().suffixes.storage}'
]

resource peAvd 'Microsoft.Network/privateEndpoints@2024-05-01' = {
  name: 'pe-avd-global'
  location: resourceGroup().location
  properties: {
    subnet: {
      id: resourceId('Microsoft.Network/virtualNetworks/subnets', 'vnet-avd', 'snet-pe')
    }
    privateLinkServiceConnections: [
      {
        name: 'global'
        properties: {
          privateLinkServiceId: resourceId('Microsoft.DesktopVirtualization/workspaces', 'ws-global')
          groupIds: [
            'global'
          ]
        }
      }
    ]
  }

  resource dns 'privateDnsZoneGroups' = {
    name: 'default'
    properties: {
      privateDnsZoneConfigs: [
        {
          name: 'global'
          properties: {
            privateDnsZoneId: resourceId('rg-dns', 'Microsoft.Network/privateDnsZones', 'privatelink-global.wvd.microsoft.com')
          }
        }
      ]
    }
  }
}

resource peMonitor 'Microsoft.Network/privateEndpoints@2024-05-01' = {
  name: 'pe-ampls'
  location: resourceGroup().location
  properties: {
    subnet: {
      id: resourceId('Microsoft.Network/virtualNetworks/subnets', 'vnet-avd', 'snet-pe')
    }
    privateLinkServiceConnections: [
      {
        name: 'ampls'
        properties: {
          privateLinkServiceId: resourceId('microsoft.insights/privatelinkscopes', 'ampls-core')
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
      privateDnsZoneConfigs: [for zone in monitorZones: {
        name: replace(zone, '.', '-')
        properties: {
          privateDnsZoneId: resourceId('rg-dns', 'Microsoft.Network/privateDnsZones', zone)
        }
      }]
    }
  }
}
