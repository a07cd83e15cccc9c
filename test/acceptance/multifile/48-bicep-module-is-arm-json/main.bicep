module vault 'templates/keyvault.json' = {
  name: 'vault'
  params: {
    vaultName: 'kv-app48'
  }
}

module endpoint 'modules/endpoint.bicep' = {
  name: 'endpoint'
  params: {
    name: 'pe-kv-app48'
    subnetId: resourceId('Microsoft.Network/virtualNetworks/subnets', 'vnet-app', 'snet-pe')
    targetId: vault.outputs.vaultId
    groupId: 'vault'
    zoneId: resourceId('Microsoft.Network/privateDnsZones', 'privatelink.vaultcore.azure.net')
  }
}
