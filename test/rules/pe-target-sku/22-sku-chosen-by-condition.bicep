// expect: pe-target-sku 1
// expect-line: 11
// expect-message: (from the default value of parameter 'isProduction')
// Outside production the registry is Basic, which takes no private endpoint. The SKU object is chosen by a condition, so
// there is no single written value to replace: no fix is offered.
param isProduction bool = false

resource registry 'Microsoft.ContainerRegistry/registries@2023-07-01' = {
  name: 'acrorders'
  location: 'westeurope'
  sku: isProduction ? { name: 'Premium' } : { name: 'Basic' }
  properties: {
    publicNetworkAccess: 'Disabled'
  }
}

resource pe 'Microsoft.Network/privateEndpoints@2024-05-01' = {
  name: 'pe-acrorders'
  location: 'westeurope'
  properties: {
    subnet: { id: resourceId('Microsoft.Network/virtualNetworks/subnets', 'vnet-app', 'snet-pe') }
    privateLinkServiceConnections: [
      {
        name: 'registry'
        properties: {
          privateLinkServiceId: registry.id
          groupIds: ['registry']
        }
      }
    ]
  }
}
