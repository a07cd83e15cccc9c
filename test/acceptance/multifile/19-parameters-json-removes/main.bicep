param endpointLocation string = 'northeurope'

module network 'modules/network.bicep' = {
  name: 'network'
  params: {
    location: 'westeurope'
  }
}

module endpoint 'modules/endpoint.bicep' = {
  name: 'endpoint'
  params: {
    name: 'pe-kv19'
    location: endpointLocation
    subnetId: network.outputs.subnetId
    targetId: resourceId('Microsoft.KeyVault/vaults', 'kv-app19')
    groupId: 'vault'
    zoneId: resourceId('Microsoft.Network/privateDnsZones', 'privatelink.vaultcore.azure.net')
  }
}
