module app 'modules/app.bicep' = {
  name: 'app'
}

module endpoint 'modules/endpoint.bicep' = {
  name: 'endpoint'
  params: {
    name: 'pe-app45-sql'
    subnetId: resourceId('Microsoft.Network/virtualNetworks/subnets', 'vnet-app', 'snet-pe')
    targetId: app.outputs.sqlServerId
    groupId: 'sqlServer'
    zoneId: resourceId('Microsoft.Network/privateDnsZones', 'privatelink.database.windows.net')
  }
}
