// expect: pe-target-public-access 1
// expect-line: 12
param deploySearch bool

resource search 'Microsoft.Search/searchServices@2023-11-01' = if (deploySearch) {
  name: 'srch-catalog'
  location: resourceGroup().location
  sku: {
    name: 'standard'
  }
  properties: {
    publicNetworkAccess: 'enabled'
  }
}

resource pe 'Microsoft.Network/privateEndpoints@2024-05-01' = if (deploySearch) {
  name: 'pe-srch-catalog'
  location: resourceGroup().location
  properties: {
    subnet: {
      id: resourceId('Microsoft.Network/virtualNetworks/subnets', 'vnet-app', 'snet-pe')
    }
    privateLinkServiceConnections: [
      {
        name: 'search'
        properties: {
          privateLinkServiceId: search.id
          groupIds: [
            'searchService'
          ]
        }
      }
    ]
  }
}
