// expect: pe-target-public-access 0
// The storage account declared here lives in this resource group; the endpoint reaches a namesake elsewhere.
param sharedResourceGroup string = 'rg-shared'

resource localStorage 'Microsoft.Storage/storageAccounts@2023-05-01' = {
  name: 'stlocal001'
  location: resourceGroup().location
  sku: {
    name: 'Standard_LRS'
  }
  kind: 'StorageV2'
  properties: {
    publicNetworkAccess: 'Enabled'
  }
}

resource pe 'Microsoft.Network/privateEndpoints@2024-05-01' = {
  name: 'pe-stshared001'
  location: resourceGroup().location
  properties: {
    subnet: {
      id: resourceId('Microsoft.Network/virtualNetworks/subnets', 'vnet-app', 'snet-pe')
    }
    privateLinkServiceConnections: [
      {
        name: 'blob'
        properties: {
          privateLinkServiceId: resourceId(sharedResourceGroup, 'Microsoft.Storage/storageAccounts', 'stshared001')
          groupIds: [
            'blob'
          ]
        }
      }
    ]
  }
}
