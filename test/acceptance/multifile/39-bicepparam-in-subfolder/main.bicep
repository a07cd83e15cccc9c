param storageName string
param storagePublicAccess string = 'Disabled'

module storage 'modules/storage.bicep' = {
  name: 'storage'
  params: {
    name: storageName
    publicAccess: storagePublicAccess
  }
}

module endpoint 'modules/endpoint.bicep' = {
  name: 'endpoint'
  params: {
    name: 'pe-${storageName}-blob'
    subnetId: resourceId('Microsoft.Network/virtualNetworks/subnets', 'vnet-app', 'snet-pe')
    targetId: storage.outputs.id
    groupId: 'blob'
    zoneId: resourceId('Microsoft.Network/privateDnsZones', 'privatelink.blob.core.windows.net')
  }
}
