// expect: pe-single-group-id 0
var candidates = [
  {
    groupId: 'blob'
    enabled: true
  }
  {
    groupId: 'file'
    enabled: false
  }
]

resource pe 'Microsoft.Network/privateEndpoints@2024-05-01' = {
  name: 'pe-st-filter'
  location: resourceGroup().location
  properties: {
    subnet: {
      id: resourceId('Microsoft.Network/virtualNetworks/subnets', 'vnet-app', 'snet-pe')
    }
    privateLinkServiceConnections: [
      {
        name: 'storage'
        properties: {
          privateLinkServiceId: resourceId('Microsoft.Storage/storageAccounts', 'stfilter001')
          groupIds: map(filter(candidates, c => c.enabled), c => c.groupId)
        }
      }
    ]
  }
}
