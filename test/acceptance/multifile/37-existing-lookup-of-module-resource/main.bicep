module storage 'modules/storage.bicep' = {
  name: 'storage'
  params: {
    name: 'stapp37'
    publicAccess: 'Enabled'
  }
}

module endpoint 'modules/storage-endpoint.bicep' = {
  name: 'endpoint'
  params: {
    storageName: storage.outputs.name
    subnetId: resourceId('Microsoft.Network/virtualNetworks/subnets', 'vnet-app', 'snet-pe')
  }
}
