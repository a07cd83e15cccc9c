@description('Group ids chosen at deployment: unknown here, so not judged.')
param groupIds array

var subnetId = resourceId('Microsoft.Network/virtualNetworks/subnets', 'vnet-app', 'snet-pe')

resource storage 'Microsoft.Storage/storageAccounts@2023-05-01' existing = {
  name: 'stcontoso'
}

resource vault 'Microsoft.KeyVault/vaults@2023-07-01' existing = {
  name: 'kv-contoso'
}

resource partnerService 'Microsoft.Network/privateLinkServices@2024-05-01' existing = {
  name: 'pls-partner'
}

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
            'blob'
          ]
        }
      }
    ]
  }
}

// A customer Private Link service takes no group id.
resource peToPls 'Microsoft.Network/privateEndpoints@2024-05-01' = {
  name: 'pe-to-pls'
  location: 'westeurope'
  properties: {
    subnet: {
      id: subnetId
    }
    privateLinkServiceConnections: [
      {
        name: 'pls'
        properties: {
          privateLinkServiceId: partnerService.id
        }
      }
    ]
  }
}

resource peParameterised 'Microsoft.Network/privateEndpoints@2024-05-01' = {
  name: 'pe-parameterised'
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
          groupIds: groupIds
        }
      }
    ]
  }
}
