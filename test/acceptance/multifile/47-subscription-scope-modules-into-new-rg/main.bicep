targetScope = 'subscription'

resource rg 'Microsoft.Resources/resourceGroups@2024-03-01' = {
  name: 'rg-app47'
  location: 'westeurope'
}

module storage 'modules/storage.bicep' = {
  name: 'storage'
  scope: rg
  params: {
    name: 'stapp47'
    publicAccess: 'Enabled'
  }
}

module endpoint 'modules/endpoint.bicep' = {
  name: 'endpoint'
  scope: rg
  params: {
    name: 'pe-stapp47-blob'
    subnetId: resourceId('rg-network', 'Microsoft.Network/virtualNetworks/subnets', 'vnet-app', 'snet-pe')
    targetId: storage.outputs.id
    groupId: 'blob'
    zoneId: resourceId('rg-network', 'Microsoft.Network/privateDnsZones', 'privatelink.blob.core.windows.net')
  }
}
