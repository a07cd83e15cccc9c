module vault 'modules/vault.bicep' = {
  name: 'vault'
  params: {
    name: 'kv-app31'
    defaultAction: 'Deny'
  }
}

module endpoint 'modules/endpoint.bicep' = {
  name: 'endpoint'
  params: {
    name: 'pe-kv-app31'
    subnetId: resourceId('Microsoft.Network/virtualNetworks/subnets', 'vnet-app', 'snet-pe')
    targetId: vault.outputs.id
    groupId: 'vault'
    zoneId: resourceId('Microsoft.Network/privateDnsZones', 'privatelink.vaultcore.azure.net')
  }
}
