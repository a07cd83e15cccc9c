param name string
param defaultAction string = 'Allow'

resource kv 'Microsoft.KeyVault/vaults@2023-07-01' = {
  name: name
  location: 'westeurope'
  properties: {
    tenantId: subscription().tenantId
    sku: {
      family: 'A'
      name: 'standard'
    }
    publicNetworkAccess: 'Enabled'
    networkAcls: {
      defaultAction: defaultAction
      bypass: 'AzureServices'
    }
  }
}

output id string = kv.id
