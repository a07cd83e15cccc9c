module network 'modules/network.bicep' = {
  name: 'network'
}

module endpoint 'modules/endpoint.bicep' = {
  name: 'endpoint'
  params: {
    name: 'pe-kv32'
    location: resourceGroup().location
    subnetId: network.outputs.subnetId
    targetId: resourceId('Microsoft.KeyVault/vaults', 'kv-app32')
    groupId: 'vault'
    zoneId: resourceId('Microsoft.Network/privateDnsZones', 'privatelink.vaultcore.azure.net')
  }
}
