// expect: pe-dfs-needs-blob 0
param peSubnetId string

resource adls 'Microsoft.Storage/storageAccounts@2023-05-01' existing = {
  name: 'adlsshared'
}

resource peDfs 'Microsoft.Network/privateEndpoints@2024-05-01' = {
  name: 'adlsshared-dfs-pe'
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
