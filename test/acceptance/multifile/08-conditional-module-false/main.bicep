// The legacy set-up is kept in the file but switched off.
var deployLegacy = false

module legacyStorage 'modules/storage.bicep' = if (deployLegacy) {
  name: 'legacy-storage'
  params: {
    name: 'stlegacy08'
    publicAccess: 'Enabled'
  }
}

module legacyEndpoint 'modules/endpoint-nodns.bicep' = if (deployLegacy) {
  name: 'legacy-endpoint'
  params: {
    name: 'pe-stlegacy08-blob'
    subnetId: resourceId('Microsoft.Network/virtualNetworks/subnets', 'vnet-app', 'snet-pe')
    targetId: legacyStorage.outputs.id
    groupId: 'blob'
  }
}
