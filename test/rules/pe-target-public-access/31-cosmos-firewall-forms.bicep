// expect: pe-target-public-access 2
// expect-line: 102
// expect-line: 141
// IP rules or the virtual network filter restrict a Cosmos DB account; no rules, or a rule for every address, leave it open.
resource ipCosmos 'Microsoft.DocumentDB/databaseAccounts@2024-05-15' = {
  name: 'cosmos-ip'
  location: 'westeurope'
  kind: 'GlobalDocumentDB'
  properties: {
    databaseAccountOfferType: 'Standard'
    locations: [
      {
        locationName: 'westeurope'
        failoverPriority: 0
      }
    ]
    publicNetworkAccess: 'Enabled'
    ipRules: [
      {
        ipAddressOrRange: '203.0.113.7'
      }
    ]
  }
}

resource peIpCosmos 'Microsoft.Network/privateEndpoints@2024-05-01' = {
  name: 'pe-cosmos-ip'
  location: 'westeurope'
  properties: {
    subnet: {
      id: resourceId('Microsoft.Network/virtualNetworks/subnets', 'vnet-app', 'snet-pe')
    }
    privateLinkServiceConnections: [
      {
        name: 'Sql'
        properties: {
          privateLinkServiceId: ipCosmos.id
          groupIds: [
            'Sql'
          ]
        }
      }
    ]
  }
}

resource vnetCosmos 'Microsoft.DocumentDB/databaseAccounts@2024-05-15' = {
  name: 'cosmos-vnet'
  location: 'westeurope'
  kind: 'GlobalDocumentDB'
  properties: {
    databaseAccountOfferType: 'Standard'
    locations: [
      {
        locationName: 'westeurope'
        failoverPriority: 0
      }
    ]
    publicNetworkAccess: 'Enabled'
    isVirtualNetworkFilterEnabled: true
    virtualNetworkRules: [
      {
        id: resourceId('Microsoft.Network/virtualNetworks/subnets', 'vnet-app', 'snet-pe')
      }
    ]
  }
}

resource peVnetCosmos 'Microsoft.Network/privateEndpoints@2024-05-01' = {
  name: 'pe-cosmos-vnet'
  location: 'westeurope'
  properties: {
    subnet: {
      id: resourceId('Microsoft.Network/virtualNetworks/subnets', 'vnet-app', 'snet-pe')
    }
    privateLinkServiceConnections: [
      {
        name: 'Sql'
        properties: {
          privateLinkServiceId: vnetCosmos.id
          groupIds: [
            'Sql'
          ]
        }
      }
    ]
  }
}

resource emptyCosmos 'Microsoft.DocumentDB/databaseAccounts@2024-05-15' = {
  name: 'cosmos-empty'
  location: 'westeurope'
  kind: 'GlobalDocumentDB'
  properties: {
    databaseAccountOfferType: 'Standard'
    locations: [
      {
        locationName: 'westeurope'
        failoverPriority: 0
      }
    ]
    publicNetworkAccess: 'Enabled'
    ipRules: []
    isVirtualNetworkFilterEnabled: false
  }
}

resource peEmptyCosmos 'Microsoft.Network/privateEndpoints@2024-05-01' = {
  name: 'pe-cosmos-empty'
  location: 'westeurope'
  properties: {
    subnet: {
      id: resourceId('Microsoft.Network/virtualNetworks/subnets', 'vnet-app', 'snet-pe')
    }
    privateLinkServiceConnections: [
      {
        name: 'Sql'
        properties: {
          privateLinkServiceId: emptyCosmos.id
          groupIds: [
            'Sql'
          ]
        }
      }
    ]
  }
}

resource everyoneCosmos 'Microsoft.DocumentDB/databaseAccounts@2024-05-15' = {
  name: 'cosmos-everyone'
  location: 'westeurope'
  kind: 'GlobalDocumentDB'
  properties: {
    databaseAccountOfferType: 'Standard'
    locations: [
      {
        locationName: 'westeurope'
        failoverPriority: 0
      }
    ]
    publicNetworkAccess: 'Enabled'
    ipRules: [
      {
        ipAddressOrRange: '0.0.0.0/0'
      }
    ]
  }
}

resource peEveryoneCosmos 'Microsoft.Network/privateEndpoints@2024-05-01' = {
  name: 'pe-cosmos-everyone'
  location: 'westeurope'
  properties: {
    subnet: {
      id: resourceId('Microsoft.Network/virtualNetworks/subnets', 'vnet-app', 'snet-pe')
    }
    privateLinkServiceConnections: [
      {
        name: 'Sql'
        properties: {
          privateLinkServiceId: everyoneCosmos.id
          groupIds: [
            'Sql'
          ]
        }
      }
    ]
  }
}
