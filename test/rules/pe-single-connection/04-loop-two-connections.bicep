// expect: pe-single-connection 1
resource storage 'Microsoft.Storage/storageAccounts@2023-05-01' existing = {
  name: 'stdata001'
}

var storageGroups = [
  'blob'
  'dfs'
]

resource pe 'Microsoft.Network/privateEndpoints@2024-05-01' = {
  name: 'pe-stdata001'
  location: 'westeurope'
  properties: {
    subnet: {
      id: resourceId('Microsoft.Network/virtualNetworks/subnets', 'vnet-data', 'snet-pe')
    }
    privateLinkServiceConnections: [for group in storageGroups: {
      name: 'stdata001-${group}'
      properties: {
        privateLinkServiceId: storage.id
        groupIds: [
          group
        ]
      }
    }]
  }
}
