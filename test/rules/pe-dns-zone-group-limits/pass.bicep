// pe-dns-zone-group-limits: one group per endpoint, at most five zones, and groups that may not both deploy.
param location string = resourceGroup().location
param storageAccountId string
param useHubDns bool
param extraGroupName string
param zoneIds array

resource peBlob 'Microsoft.Network/privateEndpoints@2024-05-01' = {
  name: 'pe-blob'
  location: location
  properties: {
    subnet: { id: resourceId('Microsoft.Network/virtualNetworks/subnets', 'vnet-app', 'snet-pe') }
    privateLinkServiceConnections: [
      { name: 'blob', properties: { privateLinkServiceId: storageAccountId, groupIds: ['blob'] } }
    ]
  }
}

// Mutually exclusive conditions: only one of the two groups deploys.
resource localGroup 'Microsoft.Network/privateEndpoints/privateDnsZoneGroups@2024-05-01' = if (!useHubDns) {
  parent: peBlob
  name: 'default'
  properties: {
    privateDnsZoneConfigs: [
      { name: 'blob', properties: { privateDnsZoneId: resourceId('Microsoft.Network/privateDnsZones', 'privatelink.blob.core.windows.net') } }
    ]
  }
}

resource hubGroup 'Microsoft.Network/privateEndpoints/privateDnsZoneGroups@2024-05-01' = if (useHubDns) {
  parent: peBlob
  name: 'hub'
  properties: {
    privateDnsZoneConfigs: [
      { name: 'blob', properties: { privateDnsZoneId: '/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-hub/providers/Microsoft.Network/privateDnsZones/privatelink.blob.core.windows.net' } }
    ]
  }
}

resource peFile 'Microsoft.Network/privateEndpoints@2024-05-01' = {
  name: 'pe-file'
  location: location
  properties: {
    subnet: { id: resourceId('Microsoft.Network/virtualNetworks/subnets', 'vnet-app', 'snet-pe') }
    privateLinkServiceConnections: [
      { name: 'file', properties: { privateLinkServiceId: storageAccountId, groupIds: ['file'] } }
    ]
  }
}

// Two groups whose names may be the same one (a parameter without a default): not proven to be two.
resource fileGroup 'Microsoft.Network/privateEndpoints/privateDnsZoneGroups@2024-05-01' = {
  parent: peFile
  name: 'default'
  properties: {
    privateDnsZoneConfigs: [
      { name: 'file', properties: { privateDnsZoneId: resourceId('Microsoft.Network/privateDnsZones', 'privatelink.file.core.windows.net') } }
    ]
  }
}

resource fileGroupAgain 'Microsoft.Network/privateEndpoints/privateDnsZoneGroups@2024-05-01' = {
  parent: peFile
  name: extraGroupName
  properties: {
    privateDnsZoneConfigs: [
      { name: 'file', properties: { privateDnsZoneId: resourceId('Microsoft.Network/privateDnsZones', 'privatelink.file.core.windows.net') } }
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

  // Exactly five zones: the documented Azure Monitor set.
  resource monitorGroup 'privateDnsZoneGroups' = {
    name: 'default'
    properties: {
      privateDnsZoneConfigs: [
        { name: 'monitor', properties: { privateDnsZoneId: resourceId('Microsoft.Network/privateDnsZones', 'privatelink.monitor.azure.com') } }
        { name: 'oms', properties: { privateDnsZoneId: resourceId('Microsoft.Network/privateDnsZones', 'privatelink.oms.opinsights.azure.com') } }
        { name: 'ods', properties: { privateDnsZoneId: resourceId('Microsoft.Network/privateDnsZones', 'privatelink.ods.opinsights.azure.com') } }
        { name: 'agentsvc', properties: { privateDnsZoneId: resourceId('Microsoft.Network/privateDnsZones', 'privatelink.agentsvc.azure-automation.net') } }
        { name: 'blob', properties: { privateDnsZoneId: resourceId('Microsoft.Network/privateDnsZones', 'privatelink.blob.core.windows.net') } }
      ]
    }
  }
}

resource peLoopZones 'Microsoft.Network/privateEndpoints@2024-05-01' = {
  name: 'pe-loop-zones'
  location: location
  properties: {
    subnet: { id: resourceId('Microsoft.Network/virtualNetworks/subnets', 'vnet-app', 'snet-pe') }
    privateLinkServiceConnections: [
      { name: 'ampls', properties: { privateLinkServiceId: resourceId('microsoft.insights/privateLinkScopes', 'ampls-app'), groupIds: ['azuremonitor'] } }
    ]
  }
}

// A zone list from a parameter without a default: its length is unknown.
resource loopGroup 'Microsoft.Network/privateEndpoints/privateDnsZoneGroups@2024-05-01' = {
  parent: peLoopZones
  name: 'default'
  properties: {
    privateDnsZoneConfigs: [for (zoneId, i) in zoneIds: {
      name: 'zone-${i}'
      properties: { privateDnsZoneId: zoneId }
    }]
  }
}
