module storage 'storage.bicep' = {
  name: 'storage'
  params: {
    publicNetworkAccess: 'Enabled'
  }
}

resource endpoint 'Microsoft.Network/privateEndpoints@2024-05-01' = {
  name: 'pe-blob'
  location: 'westeurope'
  properties: {
    subnet: {
      id: resourceId('Microsoft.Network/virtualNetworks/subnets', 'vnet-app', 'snet-pe')
    }
    privateLinkServiceConnections: [
      {
        name: 'blob'
        properties: {
          privateLinkServiceId: storage.outputs.targetId
          groupIds: [
            'blob'
          ]
        }
      }
    ]
  }
}
