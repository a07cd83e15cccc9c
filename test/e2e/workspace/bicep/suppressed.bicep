// e2e fixture: a storage account left public (suppressed below) and an endpoint without a DNS zone group (reported).

resource account 'Microsoft.Storage/storageAccounts@2023-05-01' = {
  name: 'ste2ebicepsupp01'
  location: 'westeurope'
  sku: {
    name: 'Standard_LRS'
  }
  kind: 'StorageV2'
  properties: {
    // privatelink-disable-next-line pe-target-public-access
    publicNetworkAccess: 'Enabled'
  }
}

resource endpoint 'Microsoft.Network/privateEndpoints@2023-11-01' = {
  name: 'pe-ste2ebicepsupp01-blob'
  location: 'westeurope'
  properties: {
    subnet: {
      id: resourceId('Microsoft.Network/virtualNetworks/subnets', 'vnet-e2e', 'snet-endpoints')
    }
    privateLinkServiceConnections: [
      {
        name: 'blob'
        properties: {
          privateLinkServiceId: account.id
          groupIds: ['blob']
        }
      }
    ]
  }
}
