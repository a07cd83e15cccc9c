// expect: pe-dfs-needs-blob 0
// Another endpoint's connections cannot be read, or it may target this account with a group id not known here.
param otherConnections array
param otherTargetId string
param otherGroupId string

resource storage 'Microsoft.Storage/storageAccounts@2023-05-01' = {
  name: 'stlake'
  location: 'westeurope'
  sku: {
    name: 'Standard_LRS'
  }
  kind: 'StorageV2'
  properties: {
    isHnsEnabled: true
    publicNetworkAccess: 'Disabled'
  }
}

resource peDfs 'Microsoft.Network/privateEndpoints@2024-05-01' = {
  name: 'pe-dfs'
  location: 'westeurope'
  properties: {
    subnet: {
      id: resourceId('Microsoft.Network/virtualNetworks/subnets', 'vnet-app', 'snet-pe')
    }
    privateLinkServiceConnections: [
      {
        name: 'conn'
        properties: {
          privateLinkServiceId: storage.id
          groupIds: [
            'dfs'
          ]
        }
      }
    ]
  }
}

resource peUnread 'Microsoft.Network/privateEndpoints@2024-05-01' = {
  name: 'pe-unread'
  location: 'westeurope'
  properties: {
    subnet: {
      id: resourceId('Microsoft.Network/virtualNetworks/subnets', 'vnet-app', 'snet-pe')
    }
    privateLinkServiceConnections: otherConnections
  }
}

resource peMaybe 'Microsoft.Network/privateEndpoints@2024-05-01' = {
  name: 'pe-maybe'
  location: 'westeurope'
  properties: {
    subnet: {
      id: resourceId('Microsoft.Network/virtualNetworks/subnets', 'vnet-app', 'snet-pe')
    }
    privateLinkServiceConnections: [
      {
        name: 'conn'
        properties: {
          privateLinkServiceId: otherTargetId
          groupIds: [
            otherGroupId
          ]
        }
      }
    ]
  }
}
