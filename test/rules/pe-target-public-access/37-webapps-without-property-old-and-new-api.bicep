// expect: pe-target-public-access 0
// App Service: with publicNetworkAccess unset, a private endpoint turns public access off (whatever the API version).
resource oldApp 'Microsoft.Web/sites@2020-06-01' = {
  name: 'app-old-api'
  location: 'westeurope'
  kind: 'app'
  properties: {
    serverFarmId: resourceId('Microsoft.Web/serverfarms', 'asp-shared')
    httpsOnly: true
  }
}

resource peOldApp 'Microsoft.Network/privateEndpoints@2024-05-01' = {
  name: 'pe-app-old-api'
  location: 'westeurope'
  properties: {
    subnet: {
      id: resourceId('Microsoft.Network/virtualNetworks/subnets', 'vnet-app', 'snet-pe')
    }
    privateLinkServiceConnections: [
      {
        name: 'sites'
        properties: {
          privateLinkServiceId: oldApp.id
          groupIds: [
            'sites'
          ]
        }
      }
    ]
  }
}

resource newApp 'Microsoft.Web/sites@2023-12-01' = {
  name: 'app-new-api'
  location: 'westeurope'
  kind: 'app'
  properties: {
    serverFarmId: resourceId('Microsoft.Web/serverfarms', 'asp-shared')
    httpsOnly: true
  }
}

resource peNewApp 'Microsoft.Network/privateEndpoints@2024-05-01' = {
  name: 'pe-app-new-api'
  location: 'westeurope'
  properties: {
    subnet: {
      id: resourceId('Microsoft.Network/virtualNetworks/subnets', 'vnet-app', 'snet-pe')
    }
    privateLinkServiceConnections: [
      {
        name: 'sites'
        properties: {
          privateLinkServiceId: newApp.id
          groupIds: [
            'sites'
          ]
        }
      }
    ]
  }
}
