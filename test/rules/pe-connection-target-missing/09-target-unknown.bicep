// expect: pe-connection-target-missing 0
// privateLinkServiceId is written, with a value that is not known here: it may well be a valid id.
param targetId string

resource registry 'Microsoft.ContainerRegistry/registries@2023-07-01' existing = {
  name: 'crshared'
}

resource peParam 'Microsoft.Network/privateEndpoints@2024-05-01' = {
  name: 'pe-param'
  location: 'westeurope'
  properties: {
    subnet: {
      id: resourceId('Microsoft.Network/virtualNetworks/subnets', 'vnet-app', 'snet-pe')
    }
    privateLinkServiceConnections: [
      {
        name: 'conn'
        properties: {
          privateLinkServiceId: targetId
          groupIds: [
            'registry'
          ]
        }
      }
    ]
  }
}

resource peReference 'Microsoft.Network/privateEndpoints@2024-05-01' = {
  name: 'pe-reference'
  location: 'westeurope'
  properties: {
    subnet: {
      id: resourceId('Microsoft.Network/virtualNetworks/subnets', 'vnet-app', 'snet-pe')
    }
    privateLinkServiceConnections: [
      {
        name: 'conn'
        properties: {
          privateLinkServiceId: reference(registry.id, '2023-07-01', 'Full').resourceId
          groupIds: [
            'registry'
          ]
        }
      }
    ]
  }
}
