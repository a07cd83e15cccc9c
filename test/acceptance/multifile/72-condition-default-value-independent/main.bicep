// The endpoint is off by default, but the account's public access does not depend on that switch: a deployment
// that turns the endpoint on leaves the account open. That is a real finding.
param deployPe bool = false
param publicAccess string = 'Enabled'
param subnetId string = ''

resource storage 'Microsoft.Storage/storageAccounts@2023-01-01' = {
  name: 'stindependent33'
  location: resourceGroup().location
  sku: { name: 'Standard_LRS' }
  kind: 'StorageV2'
  properties: {
    publicNetworkAccess: publicAccess
  }
}

module endpoint 'modules/endpoint.bicep' = if (deployPe) {
  name: 'endpoint'
  params: {
    targetId: storage.id
    subnetId: subnetId
  }
}
