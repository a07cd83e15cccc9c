// expect: pe-target-sku 1
// expect-line: 9
param deployRegistry bool

resource registry 'Microsoft.ContainerRegistry/registries@2023-07-01' = if (deployRegistry) {
  name: 'acrtools001'
  location: resourceGroup().location
  sku: {
    name: 'Basic'
  }
}

resource pe 'Microsoft.Network/privateEndpoints@2024-05-01' = if (deployRegistry) {
  name: 'pe-acrtools001'
  location: resourceGroup().location
  properties: {
    subnet: {
      id: resourceId('Microsoft.Network/virtualNetworks/subnets', 'vnet-tools', 'snet-pe')
    }
    privateLinkServiceConnections: [
      {
        name: 'registry'
        properties: {
          privateLinkServiceId: registry.id
          groupIds: [
            'registry'
          ]
        }
      }
    ]
  }
}
