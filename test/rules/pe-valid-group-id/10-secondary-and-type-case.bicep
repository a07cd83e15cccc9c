// expect: pe-valid-group-id 0
resource storage 'Microsoft.Storage/storageAccounts@2023-05-01' existing = {
  name: 'stgeo001'
}

resource peSecondary 'Microsoft.Network/privateEndpoints@2024-05-01' = {
  name: 'pe-stgeo001-blob-secondary'
  location: 'northeurope'
  properties: {
    subnet: {
      id: resourceId('Microsoft.Network/virtualNetworks/subnets', 'vnet-dr', 'snet-pe')
    }
    privateLinkServiceConnections: [
      {
        name: 'blob-secondary'
        properties: {
          privateLinkServiceId: storage.id
          groupIds: [
            'blob_secondary'
          ]
        }
      }
    ]
  }
}

resource peTable 'Microsoft.Network/privateEndpoints@2024-05-01' = {
  name: 'pe-stgeo001-table'
  location: 'northeurope'
  properties: {
    subnet: {
      id: resourceId('Microsoft.Network/virtualNetworks/subnets', 'vnet-dr', 'snet-pe')
    }
    privateLinkServiceConnections: [
      {
        name: 'table'
        properties: {
          privateLinkServiceId: resourceId('microsoft.storage/StorageAccounts', 'stgeo001')
          groupIds: [
            'table'
          ]
        }
      }
    ]
  }
}
