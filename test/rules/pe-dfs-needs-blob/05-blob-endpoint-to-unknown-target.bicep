// expect: pe-dfs-needs-blob 0
param peSubnetId string
@description('Id of the account the blob endpoint serves; may be the lake below.')
param blobTargetId string

resource adls 'Microsoft.Storage/storageAccounts@2023-05-01' = {
  name: 'adlscurated'
  location: resourceGroup().location
  sku: {
    name: 'Standard_LRS'
  }
  kind: 'StorageV2'
  properties: {
    isHnsEnabled: true
  }
}

resource peDfs 'Microsoft.Network/privateEndpoints@2024-05-01' = {
  name: 'adlscurated-dfs-pe'
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
  name: 'blob-pe'
  location: resourceGroup().location
  properties: {
    subnet: {
      id: peSubnetId
    }
    privateLinkServiceConnections: [
      {
        name: 'blob'
        properties: {
          privateLinkServiceId: blobTargetId
          groupIds: [
            'blob'
          ]
        }
      }
    ]
  }
}
