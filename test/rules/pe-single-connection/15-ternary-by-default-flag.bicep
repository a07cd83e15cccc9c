// expect: pe-single-connection 0
param useManualApproval bool = false

var connection = [
  {
    name: 'vault'
    properties: {
      privateLinkServiceId: resourceId('Microsoft.KeyVault/vaults', 'kv-app')
      groupIds: [
        'vault'
      ]
    }
  }
]

resource pe 'Microsoft.Network/privateEndpoints@2024-05-01' = {
  name: 'pe-vault'
  location: resourceGroup().location
  properties: {
    subnet: {
      id: resourceId('Microsoft.Network/virtualNetworks/subnets', 'vnet-app', 'snet-pe')
    }
    privateLinkServiceConnections: useManualApproval ? [] : connection
    manualPrivateLinkServiceConnections: useManualApproval ? connection : []
  }
}
