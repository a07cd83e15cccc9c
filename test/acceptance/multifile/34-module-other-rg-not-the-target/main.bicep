module storage 'modules/storage.bicep' = {
  name: 'storage'
  scope: resourceGroup('rg-data')
  params: {
    name: 'stdata'
    publicAccess: 'Enabled'
  }
}

module endpoint 'modules/endpoint.bicep' = {
  name: 'endpoint'
  params: {
    name: 'pe-stdata-blob'
    subnetId: resourceId('Microsoft.Network/virtualNetworks/subnets', 'vnet-app', 'snet-pe')
    targetId: resourceId('Microsoft.Storage/storageAccounts', 'stdata')
    groupId: 'blob'
    zoneId: resourceId('Microsoft.Network/privateDnsZones', 'privatelink.blob.core.windows.net')
  }
}
