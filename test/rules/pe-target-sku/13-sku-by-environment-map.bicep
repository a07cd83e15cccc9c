// expect: pe-target-sku 1
// expect-message: environmentName
@allowed([
  'dev'
  'prod'
])
param environmentName string = 'dev'

var registrySku = {
  dev: 'Basic'
  prod: 'Premium'
}

resource registry 'Microsoft.ContainerRegistry/registries@2023-07-01' = {
  name: 'acrapp${environmentName}'
  location: resourceGroup().location
  sku: {
    name: registrySku[environmentName]
  }
}

resource pe 'Microsoft.Network/privateEndpoints@2024-05-01' = {
  name: 'pe-acrapp${environmentName}'
  location: resourceGroup().location
  properties: {
    subnet: {
      id: resourceId('Microsoft.Network/virtualNetworks/subnets', 'vnet-${environmentName}', 'snet-pe')
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
