param endpoints array = []

module pe 'modules/endpoint.bicep' = [for ep in endpoints: {
  name: 'pe-${ep.groupId}'
  params: {
    name: 'pe-stapp40-${ep.groupId}'
    subnetId: resourceId('Microsoft.Network/virtualNetworks/subnets', 'vnet-app', 'snet-pe')
    targetId: resourceId('Microsoft.Storage/storageAccounts', 'stapp40')
    groupId: ep.groupId
    zoneId: resourceId('Microsoft.Network/privateDnsZones', ep.zone)
  }
}]
