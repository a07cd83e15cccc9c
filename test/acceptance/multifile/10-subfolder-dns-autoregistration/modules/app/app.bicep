// Application module: storage account and its blob endpoint; DNS comes from the shared network module.
param subnetId string
param vnetId string
param storageName string

module dns '../network/dns.bicep' = {
  name: 'dns'
  params: {
    vnetId: vnetId
  }
}

resource st 'Microsoft.Storage/storageAccounts@2023-05-01' = {
  name: storageName
  location: 'westeurope'
  sku: {
    name: 'Standard_LRS'
  }
  kind: 'StorageV2'
  properties: {
    publicNetworkAccess: 'Disabled'
  }
}

module endpoint '../shared/endpoint.bicep' = {
  name: 'endpoint'
  params: {
    name: 'pe-${storageName}-blob'
    subnetId: subnetId
    targetId: st.id
    groupId: 'blob'
    zoneId: dns.outputs.zoneId
  }
}
