module endpoint 'modules/endpoint-nodns.bicep' = {
  name: 'endpoint'
  params: {
    name: 'pe-kv14'
    subnetId: resourceId('Microsoft.Network/virtualNetworks/subnets', 'vnet-app', 'snet-pe')
    targetId: resourceId('Microsoft.KeyVault/vaults', 'kv-app14')
    groupId: 'vault'
  }
}

module dns 'modules/zonegroup.bicep' = {
  name: 'dns'
  params: {
    endpointName: endpoint.outputs.name
    zoneId: resourceId('Microsoft.Network/privateDnsZones', 'privatelink.vaultcore.azure.net')
  }
}
