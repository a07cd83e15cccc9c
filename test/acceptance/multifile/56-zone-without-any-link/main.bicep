module dns 'modules/dns.bicep' = {
  name: 'dns'
}

module endpoint 'modules/endpoint.bicep' = {
  name: 'endpoint'
  params: {
    name: 'pe-kv56'
    subnetId: resourceId('Microsoft.Network/virtualNetworks/subnets', 'vnet-app', 'snet-pe')
    targetId: resourceId('Microsoft.KeyVault/vaults', 'kv-app56')
    groupId: 'vault'
    zoneId: dns.outputs.zoneId
  }
}
