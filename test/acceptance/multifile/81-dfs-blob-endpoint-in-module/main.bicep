// pe-dfs-needs-blob: the lake's blob endpoint is made by a module of the same deployment; it counts.
resource lake 'Microsoft.Storage/storageAccounts@2023-05-01' = {
  name: 'stlake81'
  location: 'westeurope'
  sku: {
    name: 'Standard_LRS'
  }
  kind: 'StorageV2'
  properties: {
    isHnsEnabled: true
    publicNetworkAccess: 'Disabled'
  }
}

resource dfsEndpoint 'Microsoft.Network/privateEndpoints@2024-05-01' = {
  name: 'pe-lake-dfs'
  location: 'westeurope'
  properties: {
    subnet: {
      id: resourceId('Microsoft.Network/virtualNetworks/subnets', 'vnet-app', 'snet-pe')
    }
    privateLinkServiceConnections: [
      {
        name: 'dfs'
        properties: {
          privateLinkServiceId: lake.id
          groupIds: [
            'dfs'
          ]
        }
      }
    ]
  }

  resource zoneGroup 'privateDnsZoneGroups' = {
    name: 'default'
    properties: {
      privateDnsZoneConfigs: [
        {
          name: 'dfs'
          properties: {
            privateDnsZoneId: resourceId('Microsoft.Network/privateDnsZones', 'privatelink.dfs.core.windows.net')
          }
        }
      ]
    }
  }
}

module blobEndpoint 'modules/endpoint.bicep' = {
  name: 'blob-endpoint'
  params: {
    name: 'pe-lake-blob'
    targetId: lake.id
    groupId: 'blob'
    zoneName: 'privatelink.blob.core.windows.net'
  }
}
