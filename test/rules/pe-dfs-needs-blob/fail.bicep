param subnetId string
param accountName string = 'stlakehouse'

resource lake 'Microsoft.Storage/storageAccounts@2023-05-01' = {
  name: accountName
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

resource peDfs 'Microsoft.Network/privateEndpoints@2024-05-01' = {
  name: 'pe-${accountName}-dfs'
  location: 'westeurope'
  properties: {
    subnet: {
      id: subnetId
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
}

// An endpoint for the secondary blob endpoint does not serve the primary one.
resource peBlobSecondary 'Microsoft.Network/privateEndpoints@2024-05-01' = {
  name: 'pe-${accountName}-blob-secondary'
  location: 'westeurope'
  properties: {
    subnet: {
      id: subnetId
    }
    privateLinkServiceConnections: [
      {
        name: 'blob-secondary'
        properties: {
          privateLinkServiceId: lake.id
          groupIds: [
            'blob_secondary'
          ]
        }
      }
    ]
  }
}
