param endpointLocation string

module network 'modules/network.bicep' = {
  name: 'network'
  params: {
    location: 'westeurope'
  }
}

module endpoint 'modules/endpoint.bicep' = {
  name: 'endpoint'
  params: {
    name: 'pe-kv18'
    location: endpointLocation
    subnetId: network.outputs.subnetId
    targetId: resourceId('Microsoft.KeyVault/vaults', 'kv-app18')
    groupId: 'vault'
    zoneId: resourceId('Microsoft.Network/privateDnsZones', 'privatelink.vaultcore.azure.net')
  }
}
