// expect: pe-dfs-needs-blob 0
param peSubnetId string
param storageName string

resource adls 'Microsoft.Storage/storageAccounts@2023-05-01' = {
  name: storageName
  location: resourceGroup().location
  sku: {
    name: 'Standard_ZRS'
  }
  kind: 'StorageV2'
  properties: {
    isHnsEnabled: true
  }
}

resource peDfs 'Microsoft.Network/privateEndpoints@2024-05-01' = {
  name: '${storageName}-dfs-pe'
  location: resourceGroup().location
  properties: {
    subnet: {
      id: peSubnetId
    }
    privateLinkServiceConnections: [
      {
        name: 'dfs'
        properties: {
          privateLinkServiceId: adls.id
          groupIds: [
            'dfs'
          ]
        }
      }
    ]
  }
}

resource peBlob 'Microsoft.Network/privateEndpoints@2024-05-01' = {
  name: '${storageName}-blob-pe'
  location: resourceGroup().location
  properties: {
    subnet: {
      id: peSubnetId
    }
    privateLinkServiceConnections: [
      {
        name: 'blob'
        properties: {
          privateLinkServiceId: adls.id
          groupIds: [
            'Blob'
          ]
        }
      }
    ]
  }
}
