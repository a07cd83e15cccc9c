var subnetId = resourceId('Microsoft.Network/virtualNetworks/subnets', 'vnet-app', 'snet-pe')

resource vault 'Microsoft.KeyVault/vaults@2023-07-01' existing = {
  name: 'kv-contoso'
}

resource storage 'Microsoft.Storage/storageAccounts@2023-05-01' existing = {
  name: 'stcontoso'
}

resource partnerService 'Microsoft.Network/privateLinkServices@2024-05-01' existing = {
  name: 'pls-partner'
}

// 'vaults' is not a Key Vault group id ('vault' is).
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
          privateLinkServiceId: vault.id
          groupIds: [
            'vaults'
          ]
        }
      }
    ]
  }
}

// A case-only difference.
resource peBlob 'Microsoft.Network/privateEndpoints@2024-05-01' = {
  name: 'pe-blob'
  location: 'westeurope'
  properties: {
    subnet: {
      id: subnetId
    }
    privateLinkServiceConnections: [
      {
        name: 'blob'
        properties: {
          privateLinkServiceId: storage.id
          groupIds: [
            'Blob'
          ]
        }
      }
    ]
  }
}

// A customer Private Link service takes no group id.
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
        properties: {
          privateLinkServiceId: partnerService.id
          groupIds: [
            'blob'
          ]
          requestMessage: 'Contoso app team'
        }
      }
    ]
  }
}

// 'files' is one letter away from the storage group id 'file': the finding asks and offers it.
resource peShare 'Microsoft.Network/privateEndpoints@2024-05-01' = {
  name: 'pe-share'
  location: 'westeurope'
  properties: {
    subnet: {
      id: subnetId
    }
    privateLinkServiceConnections: [
      {
        name: 'files'
        properties: {
          privateLinkServiceId: storage.id
          groupIds: [
            'files'
          ]
        }
      }
    ]
  }
}
