param environment string
param storagePublicAccess string

module storage 'modules/storage.bicep' = {
  name: 'storage'
  params: {
    name: 'st${environment}53'
    publicAccess: storagePublicAccess
  }
}

module endpoint 'modules/endpoint.bicep' = {
  name: 'endpoint'
  params: {
    name: 'pe-st${environment}53-blob'
    subnetId: resourceId('Microsoft.Network/virtualNetworks/subnets', 'vnet-app', 'snet-pe')
    targetId: storage.outputs.id
    groupId: 'blob'
    zoneId: resourceId('Microsoft.Network/privateDnsZones', 'privatelink.blob.core.windows.net')
  }
}
