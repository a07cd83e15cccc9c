// expect: pe-dns-zone-group 0
var targets = [
  {
    name: 'blob'
    zone: 'privatelink.blob.core.windows.net'
  }
  {
    name: 'queue'
    zone: 'privatelink.queue.core.windows.net'
  }
]

resource storage 'Microsoft.Storage/storageAccounts@2023-05-01' existing = {
  name: 'stevents001'
}

resource zones 'Microsoft.Network/privateDnsZones@2024-06-01' existing = [for t in targets: {
  name: t.zone
  scope: resourceGroup('rg-dns')
}]

resource endpoints 'Microsoft.Network/privateEndpoints@2024-05-01' = [for t in targets: {
  name: 'pe-stevents001-${t.name}'
  location: resourceGroup().location
  properties: {
    subnet: {
      id: resourceId('Microsoft.Network/virtualNetworks/subnets', 'vnet-app', 'snet-pe')
    }
    privateLinkServiceConnections: [
      {
        name: t.name
        properties: {
          privateLinkServiceId: storage.id
          groupIds: [
            t.name
          ]
        }
      }
    ]
  }
}]

resource zoneGroups 'Microsoft.Network/privateEndpoints/privateDnsZoneGroups@2024-05-01' = [for (t, i) in targets: {
  parent: endpoints[i]
  name: 'default'
  properties: {
    privateDnsZoneConfigs: [
      {
        name: t.name
        properties: {
          privateDnsZoneId: zones[i].id
        }
      }
    ]
  }
}]
