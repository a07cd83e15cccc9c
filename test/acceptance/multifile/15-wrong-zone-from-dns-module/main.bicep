module dns 'modules/dns.bicep' = {
  name: 'dns'
  params: {
    vnetId: resourceId('Microsoft.Network/virtualNetworks', 'vnet-app')
  }
}

module endpoint 'modules/endpoint.bicep' = {
  name: 'endpoint'
  params: {
    name: 'pe-stapp15-blob'
    subnetId: resourceId('Microsoft.Network/virtualNetworks/subnets', 'vnet-app', 'snet-pe')
    targetId: resourceId('Microsoft.Storage/storageAccounts', 'stapp15')
    groupId: 'blob'
    zoneId: dns.outputs.fileZoneId
  }
}
