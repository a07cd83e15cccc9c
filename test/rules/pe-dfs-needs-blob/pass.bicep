param subnetId string

resource lake 'Microsoft.Storage/storageAccounts@2023-05-01' = {
  name: 'stlakehouse'
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

resource endpoints 'Microsoft.Network/privateEndpoints@2024-05-01' = [for service in ['dfs', 'blob']: {
  name: 'pe-stlakehouse-${service}'
  location: 'westeurope'
  properties: {
    subnet: {
      id: subnetId
    }
    privateLinkServiceConnections: [
      {
        name: service
        properties: {
          privateLinkServiceId: lake.id
          groupIds: [
            service
          ]
        }
      }
    ]
  }
}]

// An account declared elsewhere is not judged: its blob endpoint may be deployed with it.
resource other 'Microsoft.Storage/storageAccounts@2023-05-01' existing = {
  name: 'stshared'
}

resource peOtherDfs 'Microsoft.Network/privateEndpoints@2024-05-01' = {
  name: 'pe-stshared-dfs'
  location: 'westeurope'
  properties: {
    subnet: {
      id: subnetId
    }
    privateLinkServiceConnections: [
      {
        name: 'dfs'
        properties: {
          privateLinkServiceId: other.id
          groupIds: [
            'dfs'
          ]
        }
      }
    ]
  }
}
