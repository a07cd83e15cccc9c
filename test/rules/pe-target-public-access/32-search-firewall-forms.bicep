// expect: pe-target-public-access 1
// expect-line: 86
// An AI Search firewall with IP rules restricts the service; a trusted-service bypass alone is not judged; no rules leave it open.
resource rangedSearch 'Microsoft.Search/searchServices@2023-11-01' = {
  name: 'srch-ranged'
  location: 'westeurope'
  sku: {
    name: 'standard'
  }
  properties: {
    publicNetworkAccess: 'Enabled'
    networkRuleSet: {
      ipRules: [
        {
          value: '198.51.100.0/24'
        }
      ]
    }
  }
}

resource peRangedSearch 'Microsoft.Network/privateEndpoints@2024-05-01' = {
  name: 'pe-srch-ranged'
  location: 'westeurope'
  properties: {
    subnet: {
      id: resourceId('Microsoft.Network/virtualNetworks/subnets', 'vnet-app', 'snet-pe')
    }
    privateLinkServiceConnections: [
      {
        name: 'searchService'
        properties: {
          privateLinkServiceId: rangedSearch.id
          groupIds: [
            'searchService'
          ]
        }
      }
    ]
  }
}

resource bypassSearch 'Microsoft.Search/searchServices@2023-11-01' = {
  name: 'srch-bypass'
  location: 'westeurope'
  sku: {
    name: 'standard'
  }
  properties: {
    publicNetworkAccess: 'Enabled'
    networkRuleSet: {
      bypass: 'AzureServices'
      ipRules: []
    }
  }
}

resource peBypassSearch 'Microsoft.Network/privateEndpoints@2024-05-01' = {
  name: 'pe-srch-bypass'
  location: 'westeurope'
  properties: {
    subnet: {
      id: resourceId('Microsoft.Network/virtualNetworks/subnets', 'vnet-app', 'snet-pe')
    }
    privateLinkServiceConnections: [
      {
        name: 'searchService'
        properties: {
          privateLinkServiceId: bypassSearch.id
          groupIds: [
            'searchService'
          ]
        }
      }
    ]
  }
}

resource openSearch 'Microsoft.Search/searchServices@2023-11-01' = {
  name: 'srch-open'
  location: 'westeurope'
  sku: {
    name: 'standard'
  }
  properties: {
    publicNetworkAccess: 'Enabled'
    networkRuleSet: {
      bypass: 'None'
      ipRules: []
    }
  }
}

resource peOpenSearch 'Microsoft.Network/privateEndpoints@2024-05-01' = {
  name: 'pe-srch-open'
  location: 'westeurope'
  properties: {
    subnet: {
      id: resourceId('Microsoft.Network/virtualNetworks/subnets', 'vnet-app', 'snet-pe')
    }
    privateLinkServiceConnections: [
      {
        name: 'searchService'
        properties: {
          privateLinkServiceId: openSearch.id
          groupIds: [
            'searchService'
          ]
        }
      }
    ]
  }
}
