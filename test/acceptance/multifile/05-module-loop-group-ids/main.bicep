var storageId = resourceId('Microsoft.Storage/storageAccounts', 'stshared05')

var endpoints = [
  {
    groupId: 'blob'
    zone: 'privatelink.blob.core.windows.net'
  }
  {
    groupId: 'blobs'
    zone: 'privatelink.blob.core.windows.net'
  }
  {
    groupId: 'queue'
    zone: 'privatelink.queue.core.windows.net'
  }
]

module pe 'modules/endpoint.bicep' = [for (ep, i) in endpoints: {
  name: 'pe-${i}'
  params: {
    name: 'pe-stshared05-${ep.groupId}'
    subnetId: resourceId('Microsoft.Network/virtualNetworks/subnets', 'vnet-app', 'snet-pe')
    targetId: storageId
    groupId: ep.groupId
    zoneId: resourceId('Microsoft.Network/privateDnsZones', ep.zone)
  }
}]
