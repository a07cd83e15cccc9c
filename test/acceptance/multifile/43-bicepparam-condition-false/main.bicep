param deployLegacy bool = true

module legacyStorage 'modules/storage.bicep' = if (deployLegacy) {
  name: 'legacy-storage'
  params: {
    name: 'stlegacy43'
    publicAccess: 'Enabled'
  }
}

module legacyEndpoint 'modules/endpoint-nodns.bicep' = if (deployLegacy) {
  name: 'legacy-endpoint'
  params: {
    name: 'pe-stlegacy43-blob'
    subnetId: resourceId('Microsoft.Network/virtualNetworks/subnets', 'vnet-app', 'snet-pe')
    targetId: legacyStorage.outputs.id
    groupId: 'blob'
  }
}
