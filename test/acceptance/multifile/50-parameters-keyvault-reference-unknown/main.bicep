param storagePublicAccess string = 'Enabled'

module storage 'modules/storage.bicep' = {
  name: 'storage'
  params: {
    name: 'stapp50'
    publicAccess: storagePublicAccess
  }
}

module endpoint 'modules/endpoint.bicep' = {
  name: 'endpoint'
  params: {
    name: 'pe-stapp50-blob'
    subnetId: resourceId('Microsoft.Network/virtualNetworks/subnets', 'vnet-app', 'snet-pe')
    targetId: storage.outputs.id
    groupId: 'blob'
    zoneId: resourceId('Microsoft.Network/privateDnsZones', 'privatelink.blob.core.windows.net')
  }
}
