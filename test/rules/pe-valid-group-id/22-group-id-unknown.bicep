// expect: pe-valid-group-id 0
// The group id is a parameter without a value.
param groupId string

resource pe 'Microsoft.Network/privateEndpoints@2024-05-01' = {
  name: 'pe-blob'
  location: 'westeurope'
  properties: {
    subnet: {
      id: resourceId('Microsoft.Network/virtualNetworks/subnets', 'vnet-app', 'snet-pe')
    }
    privateLinkServiceConnections: [
      {
        name: 'conn'
        properties: {
          privateLinkServiceId: resourceId('Microsoft.Storage/storageAccounts', 'stapp')
          groupIds: [
            groupId
          ]
        }
      }
    ]
  }
}
