param deployStorage bool
param enableDns bool

module storage 'modules/storage.bicep' = if (deployStorage) {
  name: 'storage'
  params: {
    name: 'stcond09'
    publicAccess: 'Enabled'
  }
}

module endpoint 'modules/endpoint-nodns.bicep' = if (deployStorage) {
  name: 'endpoint'
  params: {
    name: 'pe-stcond09-blob'
    subnetId: resourceId('Microsoft.Network/virtualNetworks/subnets', 'vnet-app', 'snet-pe')
    targetId: storage.outputs.id
    groupId: 'blob'
  }
}

module dns 'modules/zonegroup.bicep' = if (deployStorage && enableDns) {
  name: 'dns'
  params: {
    endpointName: endpoint.outputs.name
    zoneId: resourceId('Microsoft.Network/privateDnsZones', 'privatelink.blob.core.windows.net')
  }
}
