// Packaged-extension check: a web app reached through a private endpoint that has no private DNS zone group.

param location string = 'swedencentral'
param siteName string = 'app-vsix-check-001'

resource network 'Microsoft.Network/virtualNetworks@2024-01-01' = {
  name: 'vnet-web'
  location: location
  properties: {
    addressSpace: {
      addressPrefixes: ['10.60.0.0/16']
    }
    subnets: [
      {
        name: 'private-endpoints'
        properties: {
          addressPrefix: '10.60.8.0/24'
        }
      }
    ]
  }
}

resource plan 'Microsoft.Web/serverfarms@2023-12-01' = {
  name: 'plan-vsix-check'
  location: location
  sku: {
    name: 'P1v3'
  }
}

resource site 'Microsoft.Web/sites@2023-12-01' = {
  name: siteName
  location: location
  properties: {
    serverFarmId: plan.id
    publicNetworkAccess: 'Disabled'
  }
}

resource siteEndpoint 'Microsoft.Network/privateEndpoints@2024-01-01' = {
  name: 'pe-${siteName}'
  location: location
  properties: {
    subnet: {
      id: network.properties.subnets[0].id
    }
    privateLinkServiceConnections: [
      {
        name: 'sites'
        properties: {
          privateLinkServiceId: site.id
          groupIds: ['sites']
        }
      }
    ]
  }
}
