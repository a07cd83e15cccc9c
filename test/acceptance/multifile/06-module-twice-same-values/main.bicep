// Deployed twice by mistake (copy-paste), with the same values.
module peFirst 'modules/endpoint-nodns.bicep' = {
  name: 'pe-first'
  params: {
    name: 'pe-kv06'
    subnetId: resourceId('Microsoft.Network/virtualNetworks/subnets', 'vnet-app', 'snet-pe')
    targetId: resourceId('Microsoft.KeyVault/vaults', 'kv-app06')
    groupId: 'vault'
  }
}

module peSecond 'modules/endpoint-nodns.bicep' = {
  name: 'pe-second'
  params: {
    name: 'pe-kv06'
    subnetId: resourceId('Microsoft.Network/virtualNetworks/subnets', 'vnet-app', 'snet-pe')
    targetId: resourceId('Microsoft.KeyVault/vaults', 'kv-app06')
    groupId: 'vault'
  }
}
