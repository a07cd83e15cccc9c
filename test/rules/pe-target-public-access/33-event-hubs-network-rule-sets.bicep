// expect: pe-target-public-access 1
// expect-line: 102
// A networkRuleSets child closes or restricts a namespace; Deny without any rule lets all traffic in (Event Hubs docs).
resource rangedHub 'Microsoft.EventHub/namespaces@2024-01-01' = {
  name: 'evhns-ranged'
  location: 'westeurope'
  sku: {
    name: 'Standard'
    tier: 'Standard'
  }
  properties: {
    publicNetworkAccess: 'Enabled'
  }
}

resource rangedHubRules 'Microsoft.EventHub/namespaces/networkRuleSets@2024-01-01' = {
  parent: rangedHub
  name: 'default'
  properties: {
    defaultAction: 'Deny'
    ipRules: [
      {
        ipMask: '203.0.113.9'
        action: 'Allow'
      }
    ]
    virtualNetworkRules: []
  }
}

resource peRangedHub 'Microsoft.Network/privateEndpoints@2024-05-01' = {
  name: 'pe-evhns-ranged'
  location: 'westeurope'
  properties: {
    subnet: {
      id: resourceId('Microsoft.Network/virtualNetworks/subnets', 'vnet-app', 'snet-pe')
    }
    privateLinkServiceConnections: [
      {
        name: 'namespace'
        properties: {
          privateLinkServiceId: rangedHub.id
          groupIds: [
            'namespace'
          ]
        }
      }
    ]
  }
}

resource closedHub 'Microsoft.EventHub/namespaces@2024-01-01' = {
  name: 'evhns-closed'
  location: 'westeurope'
  sku: {
    name: 'Standard'
    tier: 'Standard'
  }
  properties: {
    publicNetworkAccess: 'Enabled'
  }
}

resource closedHubRules 'Microsoft.EventHub/namespaces/networkRuleSets@2024-01-01' = {
  parent: closedHub
  name: 'default'
  properties: {
    publicNetworkAccess: 'Disabled'
    defaultAction: 'Allow'
  }
}

resource peClosedHub 'Microsoft.Network/privateEndpoints@2024-05-01' = {
  name: 'pe-evhns-closed'
  location: 'westeurope'
  properties: {
    subnet: {
      id: resourceId('Microsoft.Network/virtualNetworks/subnets', 'vnet-app', 'snet-pe')
    }
    privateLinkServiceConnections: [
      {
        name: 'namespace'
        properties: {
          privateLinkServiceId: closedHub.id
          groupIds: [
            'namespace'
          ]
        }
      }
    ]
  }
}

resource emptyHub 'Microsoft.EventHub/namespaces@2024-01-01' = {
  name: 'evhns-empty'
  location: 'westeurope'
  sku: {
    name: 'Standard'
    tier: 'Standard'
  }
  properties: {
    publicNetworkAccess: 'Enabled'
  }
}

resource emptyHubRules 'Microsoft.EventHub/namespaces/networkRuleSets@2024-01-01' = {
  parent: emptyHub
  name: 'default'
  properties: {
    defaultAction: 'Deny'
    ipRules: []
    virtualNetworkRules: []
  }
}

resource peEmptyHub 'Microsoft.Network/privateEndpoints@2024-05-01' = {
  name: 'pe-evhns-empty'
  location: 'westeurope'
  properties: {
    subnet: {
      id: resourceId('Microsoft.Network/virtualNetworks/subnets', 'vnet-app', 'snet-pe')
    }
    privateLinkServiceConnections: [
      {
        name: 'namespace'
        properties: {
          privateLinkServiceId: emptyHub.id
          groupIds: [
            'namespace'
          ]
        }
      }
    ]
  }
}
