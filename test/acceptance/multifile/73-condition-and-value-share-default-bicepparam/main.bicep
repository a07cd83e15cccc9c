// The storage account is closed exactly when the endpoint is deployed: both follow from hasVnet. With the default
// (false) there is no endpoint; with true, public access is Disabled. No deployment has both an endpoint and an
// open account.
param hasVnet bool = false
param subnetId string = ''

var deployPe = hasVnet

resource storage 'Microsoft.Storage/storageAccounts@2023-01-01' = {
  name: 'stshareddefault34'
  location: resourceGroup().location
  sku: { name: 'Standard_LRS' }
  kind: 'StorageV2'
  properties: {
    publicNetworkAccess: deployPe ? 'Disabled' : 'Enabled'
  }
}

module endpoint 'modules/endpoint.bicep' = if (deployPe) {
  name: 'endpoint'
  params: {
    targetId: storage.id
    subnetId: subnetId
  }
}
