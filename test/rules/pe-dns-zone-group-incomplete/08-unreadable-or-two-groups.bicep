// expect: pe-dns-zone-group-incomplete 0
// The zone config list is a parameter; the group id is a parameter; an endpoint with two zone groups is
// pe-dns-zone-group-limits' finding.
param zoneConfigs array
param groupId string

resource peList 'Microsoft.Network/privateEndpoints@2024-05-01' = {
  name: 'pe-list'
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

resource listGroup 'Microsoft.Network/privateEndpoints/privateDnsZoneGroups@2024-05-01' = {
  parent: peList
  name: 'default'
  properties: {
    privateDnsZoneConfigs: zoneConfigs
  }
}

resource peGroupId 'Microsoft.Network/privateEndpoints@2024-05-01' = {
  name: 'pe-group-id'
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
            groupId
          ]
        }
      }
    ]
  }
}

resource groupIdGroup 'Microsoft.Network/privateEndpoints/privateDnsZoneGroups@2024-05-01' = {
  parent: peGroupId
  name: 'groupIdGroup'
  properties: {
    privateDnsZoneConfigs: [
      {
        name: 'zone0'
        properties: {
          privateDnsZoneId: resourceId('Microsoft.Network/privateDnsZones', 'privatelink.monitor.azure.com')
        }
      }
    ]
  }
}

resource peTwo 'Microsoft.Network/privateEndpoints@2024-05-01' = {
  name: 'pe-two'
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

resource first 'Microsoft.Network/privateEndpoints/privateDnsZoneGroups@2024-05-01' = {
  parent: peTwo
  name: 'first'
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
    ]
  }
}

resource second 'Microsoft.Network/privateEndpoints/privateDnsZoneGroups@2024-05-01' = {
  parent: peTwo
  name: 'second'
  properties: {
    privateDnsZoneConfigs: [
      {
        name: 'zone0'
        properties: {
          privateDnsZoneId: resourceId('Microsoft.Network/privateDnsZones', 'privatelink.ods.opinsights.azure.com')
        }
      }
      {
        name: 'zone1'
        properties: {
          privateDnsZoneId: resourceId('Microsoft.Network/privateDnsZones', 'privatelink.agentsvc.azure-automation.net')
        }
      }
    ]
  }
}
