// expect: pe-target-sku 0
// The SKU is absent, or comes from a parameter without a value.
param registrySku string

resource absent 'Microsoft.ContainerRegistry/registries@2023-07-01' = {
  name: 'crabsent'
  location: 'westeurope'
  properties: {}
}

resource byParam 'Microsoft.ContainerRegistry/registries@2023-07-01' = {
  name: 'crparam'
  location: 'westeurope'
  sku: {
    name: registrySku
  }
  properties: {}
}

resource peAbsent 'Microsoft.Network/privateEndpoints@2024-05-01' = {
  name: 'pe-absent'
  location: 'westeurope'
  properties: {
    subnet: {
      id: resourceId('Microsoft.Network/virtualNetworks/subnets', 'vnet-app', 'snet-pe')
    }
    privateLinkServiceConnections: [
      {
        name: 'conn'
        properties: {
          privateLinkServiceId: absent.id
          groupIds: [
            'registry'
          ]
        }
      }
    ]
  }
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
          privateLinkServiceId: byParam.id
          groupIds: [
            'registry'
          ]
        }
      }
    ]
  }
}
