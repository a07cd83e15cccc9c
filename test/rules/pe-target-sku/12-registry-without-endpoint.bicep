// expect: pe-target-sku 0
resource registry 'Microsoft.ContainerRegistry/registries@2023-07-01' = {
  name: 'acrsandbox001'
  location: resourceGroup().location
  sku: {
    name: 'Basic'
  }
}

resource storage 'Microsoft.Storage/storageAccounts@2023-05-01' existing = {
  name: 'stsandbox001'
}

resource pe 'Microsoft.Network/privateEndpoints@2024-05-01' = {
  name: 'pe-stsandbox001-blob'
  location: resourceGroup().location
  properties: {
    subnet: {
      id: resourceId('Microsoft.Network/virtualNetworks/subnets', 'vnet-sandbox', 'snet-pe')
    }
    privateLinkServiceConnections: [
      {
        name: 'blob'
        properties: {
          privateLinkServiceId: storage.id
          groupIds: [
            'blob'
          ]
        }
      }
    ]
  }
}
