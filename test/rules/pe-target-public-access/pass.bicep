@description('Chosen at deployment: unknown here.')
param publicNetworkAccess string

@description('The whole properties object comes from the caller.')
param vaultProperties object

var subnetId = resourceId('Microsoft.Network/virtualNetworks/subnets', 'vnet-app', 'snet-pe')

resource stClosed 'Microsoft.Storage/storageAccounts@2023-05-01' = {
  name: 'stclosed'
  location: 'westeurope'
  sku: {
    name: 'Standard_LRS'
  }
  kind: 'StorageV2'
  properties: {
    publicNetworkAccess: 'Disabled'
  }
}

// A network ACL that denies by default closes public access too.
resource stAcl 'Microsoft.Storage/storageAccounts@2023-05-01' = {
  name: 'stacl'
  location: 'westeurope'
  sku: {
    name: 'Standard_LRS'
  }
  kind: 'StorageV2'
  properties: {
    networkAcls: {
      defaultAction: 'Deny'
      bypass: 'AzureServices'
    }
  }
}

resource search 'Microsoft.Search/searchServices@2023-11-01' = {
  name: 'srch-contoso'
  location: 'westeurope'
  sku: {
    name: 'standard'
  }
  properties: {
    publicNetworkAccess: publicNetworkAccess
  }
}

resource vault 'Microsoft.KeyVault/vaults@2023-07-01' = {
  name: 'kv-contoso'
  location: 'westeurope'
  properties: vaultProperties
}

var targets = [
  {
    id: stClosed.id
    groupId: 'blob'
  }
  {
    id: stAcl.id
    groupId: 'blob'
  }
  {
    id: search.id
    groupId: 'searchService'
  }
  {
    id: vault.id
    groupId: 'vault'
  }
]

// One endpoint per target, from a loop over a known array.
resource endpoints 'Microsoft.Network/privateEndpoints@2024-05-01' = [for (target, i) in targets: {
  name: 'pe-${i}'
  location: 'westeurope'
  properties: {
    subnet: {
      id: subnetId
    }
    privateLinkServiceConnections: [
      {
        name: 'target'
        properties: {
          privateLinkServiceId: target.id
          groupIds: [
            target.groupId
          ]
        }
      }
    ]
  }
}]
