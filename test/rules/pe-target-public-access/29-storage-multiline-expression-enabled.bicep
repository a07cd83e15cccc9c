// expect: pe-target-public-access 1
// expect-line: 18
// expect-message: publicNetworkAccess
// The twin of the ARM case whose expression spans several lines, written as Bicep usually is.
@allowed([
  'dev'
  'prod'
])
param environment string = 'dev'

resource storage 'Microsoft.Storage/storageAccounts@2023-05-01' = {
  name: 'stinvoices'
  location: 'westeurope'
  sku: { name: 'Standard_LRS' }
  kind: 'StorageV2'
  properties: {
    minimumTlsVersion: 'TLS1_2'
    publicNetworkAccess: environment == 'dev' ? 'Enabled' : 'Disabled'
  }
}

resource pe 'Microsoft.Network/privateEndpoints@2024-05-01' = {
  name: 'pe-stinvoices'
  location: 'westeurope'
  properties: {
    subnet: {
      id: resourceId('Microsoft.Network/virtualNetworks/subnets', 'vnet-app', 'snet-pe')
    }
    privateLinkServiceConnections: [
      {
        name: 'blob'
        properties: {
          privateLinkServiceId: storage.id
          groupIds: [ 'blob' ]
        }
      }
    ]
  }
}
