// expect: pe-target-sku 0
param isProduction bool

resource registryProd 'Microsoft.ContainerRegistry/registries@2023-07-01' = if (isProduction) {
  name: 'acrapp001'
  location: resourceGroup().location
  sku: {
    name: 'Premium'
  }
}

resource registryDev 'Microsoft.ContainerRegistry/registries@2023-07-01' = if (!isProduction) {
  name: 'acrapp001'
  location: resourceGroup().location
  sku: {
    name: 'Basic'
  }
}

resource pe 'Microsoft.Network/privateEndpoints@2024-05-01' = if (isProduction) {
  name: 'pe-acrapp001'
  location: resourceGroup().location
  properties: {
    subnet: {
      id: resourceId('Microsoft.Network/virtualNetworks/subnets', 'vnet-app', 'snet-pe')
    }
    privateLinkServiceConnections: [
      {
        name: 'registry'
        properties: {
          privateLinkServiceId: resourceId('Microsoft.ContainerRegistry/registries', 'acrapp001')
          groupIds: [
            'registry'
          ]
        }
      }
    ]
  }
}
