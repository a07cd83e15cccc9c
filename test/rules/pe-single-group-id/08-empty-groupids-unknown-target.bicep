// expect: pe-single-group-id 0
@description('Resource id of the service to connect to (an Azure service or a Private Link service)')
param targetResourceId string
param groupIds array = []

resource pe 'Microsoft.Network/privateEndpoints@2024-05-01' = {
  name: 'pe-${last(split(targetResourceId, '/'))}'
  location: resourceGroup().location
  properties: {
    subnet: {
      id: resourceId('Microsoft.Network/virtualNetworks/subnets', 'vnet-app', 'snet-pe')
    }
    privateLinkServiceConnections: [
      {
        name: 'connection'
        properties: {
          privateLinkServiceId: targetResourceId
          groupIds: groupIds
        }
      }
    ]
  }
}
