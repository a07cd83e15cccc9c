// expect: pe-single-connection 1
var groups = [
  'blob'
  'table'
]

resource pe 'Microsoft.Network/privateEndpoints@2024-05-01' = {
  name: 'pe-st-lambda'
  location: resourceGroup().location
  properties: {
    subnet: {
      id: resourceId('Microsoft.Network/virtualNetworks/subnets', 'vnet-app', 'snet-pe')
    }
    privateLinkServiceConnections: map(groups, g => {
      name: g
      properties: {
        privateLinkServiceId: resourceId('Microsoft.Storage/storageAccounts', 'stlambda001')
        groupIds: [
          g
        ]
      }
    })
  }
}
