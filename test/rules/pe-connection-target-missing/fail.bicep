param subnetId string

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
          // The target id was meant to go here.
          groupIds: [
            'vault'
          ]
        }
      }
    ]
  }
}

resource pePartner 'Microsoft.Network/privateEndpoints@2024-05-01' = {
  name: 'pe-partner'
  location: 'westeurope'
  properties: {
    subnet: {
      id: subnetId
    }
    manualPrivateLinkServiceConnections: [
      {
        name: 'partner'
      }
    ]
  }
}
