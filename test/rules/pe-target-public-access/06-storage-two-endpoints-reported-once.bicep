// expect: pe-target-public-access 1
// expect-line: 12
resource storage 'Microsoft.Storage/storageAccounts@2023-05-01' = {
  name: 'stlake001'
  location: 'westeurope'
  sku: {
    name: 'Standard_LRS'
  }
  kind: 'StorageV2'
  properties: {
    isHnsEnabled: true
    publicNetworkAccess: 'Enabled'
  }
}

resource endpoints 'Microsoft.Network/privateEndpoints@2024-05-01' = [for group in ['blob', 'dfs']: {
  name: 'pe-stlake001-${group}'
  location: 'westeurope'
  properties: {
    subnet: {
      id: resourceId('Microsoft.Network/virtualNetworks/subnets', 'vnet-data', 'snet-pe')
    }
    privateLinkServiceConnections: [
      {
        name: group
        properties: {
          privateLinkServiceId: storage.id
          groupIds: [
            group
          ]
        }
      }
    ]
  }
}]
