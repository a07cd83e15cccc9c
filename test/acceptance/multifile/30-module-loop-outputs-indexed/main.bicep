var stores = [
  {
    name: 'stalpha30'
    access: 'Enabled'
  }
  {
    name: 'stbeta30'
    access: 'Disabled'
  }
]

module storages 'modules/storage.bicep' = [for store in stores: {
  name: 'storage-${store.name}'
  params: {
    name: store.name
    publicAccess: store.access
  }
}]

module endpoints 'modules/endpoint.bicep' = [for (store, i) in stores: {
  name: 'pe-${store.name}'
  params: {
    name: 'pe-${store.name}-blob'
    subnetId: resourceId('Microsoft.Network/virtualNetworks/subnets', 'vnet-app', 'snet-pe')
    targetId: storages[i].outputs.id
    groupId: 'blob'
    zoneId: resourceId('Microsoft.Network/privateDnsZones', 'privatelink.blob.core.windows.net')
  }
}]
