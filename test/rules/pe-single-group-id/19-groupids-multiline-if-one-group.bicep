// expect: pe-single-group-id 0
// The twin of the ARM case whose expression spans several lines, written as Bicep usually is.
param shareKind string = 'files'

resource storage 'Microsoft.Storage/storageAccounts@2023-05-01' = {
  name: 'stshared'
  location: 'westeurope'
  sku: { name: 'Standard_LRS' }
  kind: 'StorageV2'
  properties: { publicNetworkAccess: 'Disabled' }
}

resource pe 'Microsoft.Network/privateEndpoints@2024-05-01' = {
  name: 'pe-stshared'
  location: 'westeurope'
  properties: {
    subnet: {
      id: resourceId('Microsoft.Network/virtualNetworks/subnets', 'vnet-app', 'snet-pe')
    }
    privateLinkServiceConnections: [
      {
        name: 'storage'
        properties: {
          privateLinkServiceId: storage.id
          groupIds: shareKind == 'files' ? ['file'] : ['blob']
        }
      }
    ]
  }
}
