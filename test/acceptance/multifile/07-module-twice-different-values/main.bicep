module peBlobOne 'modules/endpoint-nodns.bicep' = {
  name: 'peBlobOne'
  params: {
    name: 'pe-stone07-blob'
    subnetId: resourceId('Microsoft.Network/virtualNetworks/subnets', 'vnet-app', 'snet-pe')
    targetId: resourceId('Microsoft.Storage/storageAccounts', 'stone07')
    groupId: 'blob'
  }
}

module peFile 'modules/endpoint-nodns.bicep' = {
  name: 'peFile'
  params: {
    name: 'pe-stone07-file'
    subnetId: resourceId('Microsoft.Network/virtualNetworks/subnets', 'vnet-app', 'snet-pe')
    targetId: resourceId('Microsoft.Storage/storageAccounts', 'stone07')
    groupId: 'file'
  }
}

module peBlobTwo 'modules/endpoint-nodns.bicep' = {
  name: 'peBlobTwo'
  params: {
    name: 'pe-sttwo07-blob'
    subnetId: resourceId('Microsoft.Network/virtualNetworks/subnets', 'vnet-app', 'snet-pe')
    targetId: resourceId('Microsoft.Storage/storageAccounts', 'sttwo07')
    groupId: 'blob'
  }
}
