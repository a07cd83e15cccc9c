param publicNetworkAccess string = 'Disabled'

resource storage 'Microsoft.Storage/storageAccounts@2023-05-01' = {
  name: 'stmodule'
  location: 'westeurope'
  sku: {
    name: 'Standard_LRS'
  }
  kind: 'StorageV2'
  properties: {
    publicNetworkAccess: publicNetworkAccess
  }
}

resource vault 'Microsoft.KeyVault/vaults@2023-07-01' = {
  name: 'kv-module'
  location: 'westeurope'
  properties: {
    tenantId: subscription().tenantId
    sku: {
      family: 'A'
      name: 'standard'
    }
    publicNetworkAccess: 'Disabled'
  }
}

output targetId string = storage.id
