// expect: pe-dfs-needs-blob 0
// The endpoint's group id is a parameter without a value: it may not be dfs.
param groupId string

resource storage 'Microsoft.Storage/storageAccounts@2023-05-01' = {
  name: 'stlake'
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

resource pe 'Microsoft.Network/privateEndpoints@2024-05-01' = {
  name: 'pe-lake'
  location: 'westeurope'
  properties: {
    subnet: {
      id: resourceId('Microsoft.Network/virtualNetworks/subnets', 'vnet-app', 'snet-pe')
    }
    privateLinkServiceConnections: [
      {
        name: 'conn'
        properties: {
          privateLinkServiceId: storage.id
          groupIds: [
            groupId
          ]
        }
      }
    ]
  }
}
