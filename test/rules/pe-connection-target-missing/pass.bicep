param subnetId string
param connections array

resource peVault 'Microsoft.Network/privateEndpoints@2024-05-01' = {
  name: 'pe-vault'
  location: 'westeurope'
  properties: {
    subnet: {
      id: subnetId
    }
    privateLinkServiceConnections: [
      {
        name: 'vault'
        properties: {
          privateLinkServiceId: resourceId('Microsoft.KeyVault/vaults', 'kv-app')
          groupIds: [
            'vault'
          ]
        }
      }
    ]
  }
}

// Connections handed in by the caller: what they hold is not known here.
resource peGeneric 'Microsoft.Network/privateEndpoints@2024-05-01' = {
  name: 'pe-generic'
  location: 'westeurope'
  properties: {
    subnet: {
      id: subnetId
    }
    privateLinkServiceConnections: connections
  }
}
