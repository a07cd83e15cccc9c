@description('Connections decided by the caller: their number is unknown here.')
param connections array

resource vnet 'Microsoft.Network/virtualNetworks@2024-05-01' existing = {
  name: 'vnet-app'

  resource peSubnet 'subnets' existing = {
    name: 'snet-pe'
  }
}

resource storage 'Microsoft.Storage/storageAccounts@2023-05-01' existing = {
  name: 'stcontoso'
}

// One manual connection is exactly one connection.
resource peBlob 'Microsoft.Network/privateEndpoints@2024-05-01' = {
  name: 'pe-blob'
  location: 'westeurope'
  properties: {
    subnet: {
      id: vnet::peSubnet.id
    }
    manualPrivateLinkServiceConnections: [
      {
        name: 'blob'
        properties: {
          privateLinkServiceId: storage.id
          groupIds: [
            'blob'
          ]
          requestMessage: 'Please approve'
        }
      }
    ]
  }
}

// A connection list from a parameter without a default: not judged.
resource peFromParameter 'Microsoft.Network/privateEndpoints@2024-05-01' = {
  name: 'pe-from-parameter'
  location: 'westeurope'
  properties: {
    subnet: {
      id: vnet::peSubnet.id
    }
    privateLinkServiceConnections: [for connection in connections: {
      name: connection.name
      properties: connection.properties
    }]
  }
}
