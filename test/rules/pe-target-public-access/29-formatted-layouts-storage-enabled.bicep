// expect: pe-target-public-access 1
// expect-line: 21
// Written in the layouts `bicep format` produces for long lines: `if (…)` on the line after `=`, a func body on
// the line after `=>`, a ternary over three lines. Both declarations must still be analysed.
param deployStorage bool
param useSecondary bool = false

func endpointName(target string) string =>
  'pe-${target}-blob'

resource storage 'Microsoft.Storage/storageAccounts@2023-05-01' =
  if (deployStorage) {
  name: 'stformatted'
  location: resourceGroup().location
  sku: {
    name: 'Standard_LRS'
  }
  kind: 'StorageV2'
  properties: {
    minimumTlsVersion: 'TLS1_2'
    publicNetworkAccess: 'Enabled'
  }
}

resource endpoint 'Microsoft.Network/privateEndpoints@2024-05-01' =
  if (deployStorage) {
  name: endpointName(storage.name)
  location: resourceGroup().location
  properties: {
    subnet: {
      id: useSecondary
        ? resourceId('Microsoft.Network/virtualNetworks/subnets', 'vnet-app', 'snet-pe-2')
        : resourceId('Microsoft.Network/virtualNetworks/subnets', 'vnet-app', 'snet-pe')
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
