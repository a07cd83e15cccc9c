module storage 'modules/storage.bicep' = {
  name: 'storage'
  params: {
    name: 'stapp36'
  }
}

module endpoint 'modules/endpoint.bicep' = {
  name: 'endpoint'
  params: {
    name: 'pe-${storage.outputs.info.name}-blob'
    subnetId: resourceId('Microsoft.Network/virtualNetworks/subnets', 'vnet-app', 'snet-pe')
    targetId: storage.outputs.info.id
    groupId: 'blob'
    zoneId: resourceId('Microsoft.Network/privateDnsZones', 'privatelink.blob.core.windows.net')
  }
}
