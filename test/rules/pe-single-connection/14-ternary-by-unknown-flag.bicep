// expect: pe-single-connection 0
param useManualApproval bool
param storageAccountId string

var connection = [
  {
    name: 'blob'
    properties: {
      privateLinkServiceId: storageAccountId
      groupIds: [
        'blob'
      ]
    }
  }
]

resource pe 'Microsoft.Network/privateEndpoints@2024-05-01' = {
  name: 'pe-blob'
  location: resourceGroup().location
  properties: {
    subnet: {
      id: resourceId('Microsoft.Network/virtualNetworks/subnets', 'vnet-app', 'snet-pe')
    }
    privateLinkServiceConnections: useManualApproval ? [] : connection
    manualPrivateLinkServiceConnections: useManualApproval ? connection : []
  }
}
