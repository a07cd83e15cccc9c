// expect: pe-target-public-access 1
// expect-line: 17
// expect-message: publicNetworkAccess is 'Enabled'
// any() only relaxes type checking: the object inside is written out, so it proves that no network ACL closes access.
param location string = 'westeurope'

resource notes 'Microsoft.Storage/storageAccounts@2023-05-01' = {
  name: 'stnotesany'
  location: location
  sku: {
    name: 'Standard_LRS'
  }
  kind: 'StorageV2'
  properties: any({
    minimumTlsVersion: 'TLS1_2'
    supportsHttpsTrafficOnly: true
    publicNetworkAccess: 'Enabled'
  })
}

resource notesEndpoint 'Microsoft.Network/privateEndpoints@2024-05-01' = {
  name: 'pe-notes-blob'
  location: location
  properties: {
    subnet: {
      id: resourceId('Microsoft.Network/virtualNetworks/subnets', 'vnet-notes', 'snet-endpoints')
    }
    privateLinkServiceConnections: [
      {
        name: 'blob'
        properties: {
          privateLinkServiceId: notes.id
          groupIds: [
            'blob'
          ]
        }
      }
    ]
  }
}
