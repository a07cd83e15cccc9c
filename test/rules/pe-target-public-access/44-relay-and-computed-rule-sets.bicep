// expect: pe-target-public-access 0
// Relay: a networkRuleSets child that disables public access closes the namespace, and one with defaultAction Deny
// restricts it. A rule set whose content is computed, or that sits under an unknown condition, proves nothing.
param extraRuleSet object
param closeNamespace bool

resource closedRelay 'Microsoft.Relay/namespaces@2021-11-01' = {
  name: 'relay-closed'
  location: 'westeurope'
  sku: {
    name: 'Standard'
  }
  properties: {
    publicNetworkAccess: 'Enabled'
  }
}

resource closedRelayRules 'Microsoft.Relay/namespaces/networkRuleSets@2021-11-01' = {
  parent: closedRelay
  name: 'default'
  properties: {
    publicNetworkAccess: 'Disabled'
  }
}

resource denyRelay 'Microsoft.Relay/namespaces@2021-11-01' = {
  name: 'relay-deny'
  location: 'westeurope'
  sku: {
    name: 'Standard'
  }
  properties: {
    publicNetworkAccess: 'Enabled'
  }
}

resource denyRelayRules 'Microsoft.Relay/namespaces/networkRuleSets@2021-11-01' = {
  parent: denyRelay
  name: 'default'
  properties: {
    defaultAction: 'Deny'
  }
}

resource computedRelay 'Microsoft.Relay/namespaces@2021-11-01' = {
  name: 'relay-computed'
  location: 'westeurope'
  sku: {
    name: 'Standard'
  }
  properties: {
    publicNetworkAccess: 'Enabled'
  }
}

resource computedRelayRules 'Microsoft.Relay/namespaces/networkRuleSets@2021-11-01' = {
  parent: computedRelay
  name: 'default'
  properties: extraRuleSet
}

resource maybeRelay 'Microsoft.Relay/namespaces@2021-11-01' = {
  name: 'relay-maybe'
  location: 'westeurope'
  sku: {
    name: 'Standard'
  }
  properties: {
    publicNetworkAccess: 'Enabled'
  }
}

resource maybeRelayRules 'Microsoft.Relay/namespaces/networkRuleSets@2021-11-01' = if (closeNamespace) {
  parent: maybeRelay
  name: 'default'
  properties: {
    publicNetworkAccess: 'Disabled'
  }
}

resource pe0 'Microsoft.Network/privateEndpoints@2024-05-01' = {
  name: 'pe-relay-0'
  location: 'westeurope'
  properties: {
    subnet: {
      id: resourceId('Microsoft.Network/virtualNetworks/subnets', 'vnet-app', 'snet-pe')
    }
    privateLinkServiceConnections: [
      {
        name: 'conn'
        properties: {
          privateLinkServiceId: closedRelay.id
          groupIds: [
            'namespace'
          ]
        }
      }
    ]
  }
}

resource pe1 'Microsoft.Network/privateEndpoints@2024-05-01' = {
  name: 'pe-relay-1'
  location: 'westeurope'
  properties: {
    subnet: {
      id: resourceId('Microsoft.Network/virtualNetworks/subnets', 'vnet-app', 'snet-pe')
    }
    privateLinkServiceConnections: [
      {
        name: 'conn'
        properties: {
          privateLinkServiceId: denyRelay.id
          groupIds: [
            'namespace'
          ]
        }
      }
    ]
  }
}

resource pe2 'Microsoft.Network/privateEndpoints@2024-05-01' = {
  name: 'pe-relay-2'
  location: 'westeurope'
  properties: {
    subnet: {
      id: resourceId('Microsoft.Network/virtualNetworks/subnets', 'vnet-app', 'snet-pe')
    }
    privateLinkServiceConnections: [
      {
        name: 'conn'
        properties: {
          privateLinkServiceId: computedRelay.id
          groupIds: [
            'namespace'
          ]
        }
      }
    ]
  }
}

resource pe3 'Microsoft.Network/privateEndpoints@2024-05-01' = {
  name: 'pe-relay-3'
  location: 'westeurope'
  properties: {
    subnet: {
      id: resourceId('Microsoft.Network/virtualNetworks/subnets', 'vnet-app', 'snet-pe')
    }
    privateLinkServiceConnections: [
      {
        name: 'conn'
        properties: {
          privateLinkServiceId: maybeRelay.id
          groupIds: [
            'namespace'
          ]
        }
      }
    ]
  }
}
