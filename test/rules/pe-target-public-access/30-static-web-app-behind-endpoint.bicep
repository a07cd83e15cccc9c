// expect: pe-target-public-access 0
// A static web app with a private endpoint answers public callers with 403, whatever publicNetworkAccess says.
resource site 'Microsoft.Web/staticSites@2023-12-01' = {
  name: 'stapp-docs'
  location: 'westeurope'
  sku: {
    name: 'Standard'
    tier: 'Standard'
  }
  properties: {
    publicNetworkAccess: 'Enabled'
  }
}

resource peSite 'Microsoft.Network/privateEndpoints@2024-05-01' = {
  name: 'pe-stapp-docs'
  location: 'westeurope'
  properties: {
    subnet: {
      id: resourceId('Microsoft.Network/virtualNetworks/subnets', 'vnet-app', 'snet-pe')
    }
    privateLinkServiceConnections: [
      {
        name: 'staticSites'
        properties: {
          privateLinkServiceId: site.id
          groupIds: [
            'staticSites'
          ]
        }
      }
    ]
  }
}
