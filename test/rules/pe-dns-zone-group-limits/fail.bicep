// pe-dns-zone-group-limits: two zone groups on one endpoint, and zone groups with more than five zones.
param location string = resourceGroup().location
param storageAccountId string
param zoneIds array = [
  resourceId('Microsoft.Network/privateDnsZones', 'privatelink.monitor.azure.com')
  resourceId('Microsoft.Network/privateDnsZones', 'privatelink.oms.opinsights.azure.com')
  resourceId('Microsoft.Network/privateDnsZones', 'privatelink.ods.opinsights.azure.com')
  resourceId('Microsoft.Network/privateDnsZones', 'privatelink.agentsvc.azure-automation.net')
  resourceId('Microsoft.Network/privateDnsZones', 'privatelink.blob.core.windows.net')
  resourceId('Microsoft.Network/privateDnsZones', 'privatelink.queue.core.windows.net')
]

resource peBlob 'Microsoft.Network/privateEndpoints@2024-05-01' = {
  name: 'pe-blob'
  location: location
  properties: {
    subnet: { id: resourceId('Microsoft.Network/virtualNetworks/subnets', 'vnet-app', 'snet-pe') }
    privateLinkServiceConnections: [
      { name: 'blob', properties: { privateLinkServiceId: storageAccountId, groupIds: ['blob'] } }
    ]
  }

  resource defaultGroup 'privateDnsZoneGroups' = {
    name: 'default'
    properties: {
      privateDnsZoneConfigs: [
        { name: 'blob', properties: { privateDnsZoneId: resourceId('Microsoft.Network/privateDnsZones', 'privatelink.blob.core.windows.net') } }
      ]
    }
  }
}

// A second zone group on the same endpoint.
resource secondGroup 'Microsoft.Network/privateEndpoints/privateDnsZoneGroups@2024-05-01' = {
  parent: peBlob
  name: 'hub'
  properties: {
    privateDnsZoneConfigs: [
      { name: 'blob-hub', properties: { privateDnsZoneId: '/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-hub/providers/Microsoft.Network/privateDnsZones/privatelink.blob.core.windows.net' } }
    ]
  }
}

resource peMonitor 'Microsoft.Network/privateEndpoints@2024-05-01' = {
  name: 'pe-monitor'
  location: location
  properties: {
    subnet: { id: resourceId('Microsoft.Network/virtualNetworks/subnets', 'vnet-app', 'snet-pe') }
    privateLinkServiceConnections: [
      { name: 'ampls', properties: { privateLinkServiceId: resourceId('microsoft.insights/privateLinkScopes', 'ampls-app'), groupIds: ['azuremonitor'] } }
    ]
  }
}

// Six zone configs written one by one.
resource monitorGroup 'Microsoft.Network/privateEndpoints/privateDnsZoneGroups@2024-05-01' = {
  parent: peMonitor
  name: 'default'
  properties: {
    privateDnsZoneConfigs: [
      { name: 'monitor', properties: { privateDnsZoneId: resourceId('Microsoft.Network/privateDnsZones', 'privatelink.monitor.azure.com') } }
      { name: 'oms', properties: { privateDnsZoneId: resourceId('Microsoft.Network/privateDnsZones', 'privatelink.oms.opinsights.azure.com') } }
      { name: 'ods', properties: { privateDnsZoneId: resourceId('Microsoft.Network/privateDnsZones', 'privatelink.ods.opinsights.azure.com') } }
      { name: 'agentsvc', properties: { privateDnsZoneId: resourceId('Microsoft.Network/privateDnsZones', 'privatelink.agentsvc.azure-automation.net') } }
      { name: 'blob', properties: { privateDnsZoneId: resourceId('Microsoft.Network/privateDnsZones', 'privatelink.blob.core.windows.net') } }
      { name: 'queue', properties: { privateDnsZoneId: resourceId('Microsoft.Network/privateDnsZones', 'privatelink.queue.core.windows.net') } }
    ]
  }
}

resource peMonitorLoop 'Microsoft.Network/privateEndpoints@2024-05-01' = {
  name: 'pe-monitor-loop'
  location: location
  properties: {
    subnet: { id: resourceId('Microsoft.Network/virtualNetworks/subnets', 'vnet-app', 'snet-pe') }
    privateLinkServiceConnections: [
      { name: 'ampls', properties: { privateLinkServiceId: resourceId('microsoft.insights/privateLinkScopes', 'ampls-app'), groupIds: ['azuremonitor'] } }
    ]
  }
}

// Six zone configs from a loop over a parameter default.
resource monitorLoopGroup 'Microsoft.Network/privateEndpoints/privateDnsZoneGroups@2024-05-01' = {
  parent: peMonitorLoop
  name: 'default'
  properties: {
    privateDnsZoneConfigs: [for (zoneId, i) in zoneIds: {
      name: 'zone-${i}'
      properties: { privateDnsZoneId: zoneId }
    }]
  }
}
