// expect: pe-valid-group-id 0
resource app 'Microsoft.Web/sites@2023-12-01' existing = {
  name: 'app-orders-prod'
}

// A deployment slot is reached through the app, with the group id `sites-<slot name>`.
resource peStaging 'Microsoft.Network/privateEndpoints@2024-05-01' = {
  name: 'pe-app-orders-staging'
  location: resourceGroup().location
  properties: {
    subnet: {
      id: resourceId('Microsoft.Network/virtualNetworks/subnets', 'vnet-app', 'snet-pe')
    }
    privateLinkServiceConnections: [
      {
        name: 'staging'
        properties: {
          privateLinkServiceId: app.id
          groupIds: [
            'sites-staging'
          ]
        }
      }
    ]
  }
}
