// The virtual network and the targets live elsewhere: referenced with `existing`.
resource vnet 'Microsoft.Network/virtualNetworks@2024-05-01' existing = {
  name: 'vnet-app'

  resource peSubnet 'subnets' existing = {
    name: 'snet-pe'
  }
}

resource storage 'Microsoft.Storage/storageAccounts@2023-05-01' existing = {
  name: 'stcontoso'
}

resource vault 'Microsoft.KeyVault/vaults@2023-07-01' existing = {
  name: 'kv-contoso'
}

// Two connections (one automatic, one manual) on one endpoint.
resource peTwoConnections 'Microsoft.Network/privateEndpoints@2024-05-01' = {
  name: 'pe-two-connections'
  location: 'westeurope'
  properties: {
    subnet: {
      id: vnet::peSubnet.id
    }
    privateLinkServiceConnections: [
      {
        name: 'blob'
        properties: {
          privateLinkServiceId: storage.id
          groupIds: [
            'blob'
          ]
        }
      }
    ]
    manualPrivateLinkServiceConnections: [
      {
        name: 'vault'
        properties: {
          privateLinkServiceId: vault.id
          groupIds: [
            'vault'
          ]
        }
      }
    ]
  }
}

// No connection at all.
resource peNoConnection 'Microsoft.Network/privateEndpoints@2024-05-01' = {
  name: 'pe-no-connection'
  location: 'westeurope'
  properties: {
    subnet: {
      id: vnet::peSubnet.id
    }
    privateLinkServiceConnections: []
  }
}
