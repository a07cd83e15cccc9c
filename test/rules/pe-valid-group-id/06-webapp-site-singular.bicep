// expect: pe-valid-group-id 1
// expect-line: 35
param appName string = 'app-orders-prod'

resource plan 'Microsoft.Web/serverfarms@2023-12-01' = {
  name: 'asp-orders'
  location: resourceGroup().location
  sku: {
    name: 'P1v3'
  }
}

resource app 'Microsoft.Web/sites@2023-12-01' = {
  name: appName
  location: resourceGroup().location
  properties: {
    serverFarmId: plan.id
    publicNetworkAccess: 'Disabled'
  }
}

resource pe 'Microsoft.Network/privateEndpoints@2024-05-01' = {
  name: 'pe-${appName}'
  location: resourceGroup().location
  properties: {
    subnet: {
      id: resourceId('Microsoft.Network/virtualNetworks/subnets', 'vnet-app', 'snet-pe')
    }
    privateLinkServiceConnections: [
      {
        name: 'site'
        properties: {
          privateLinkServiceId: app.id
          groupIds: [
            'site'
          ]
        }
      }
    ]
  }
}
