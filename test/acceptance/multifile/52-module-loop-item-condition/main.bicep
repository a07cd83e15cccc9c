var stores = [
  {
    name: 'stalpha52'
    access: 'Disabled'
    deploy: true
  }
  {
    name: 'stbeta52'
    access: 'Enabled'
    deploy: false
  }
]

module storages 'modules/storage.bicep' = [for store in stores: if (store.deploy) {
  name: 'storage-${store.name}'
  params: {
    name: store.name
    publicAccess: store.access
  }
}]

module endpoints 'modules/endpoint.bicep' = [for (store, i) in stores: if (store.deploy) {
  name: 'pe-${store.name}'
  params: {
    name: 'pe-${store.name}-blob'
    subnetId: resourceId('Microsoft.Network/virtualNetworks/subnets', 'vnet-app', 'snet-pe')
    targetId: storages[i].outputs.id
    groupId: 'blob'
    zoneId: resourceId('Microsoft.Network/privateDnsZones', 'privatelink.blob.core.windows.net')
  }
}]
