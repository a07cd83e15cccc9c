// expect: pe-target-public-access 1
// expect-line: 62
// With defaultAction Allow the IP rules are not enforced; Deny with a rule restricts the namespace.
resource rangedBus 'Microsoft.ServiceBus/namespaces@2022-10-01-preview' = {
  name: 'sbns-ranged'
  location: 'westeurope'
  sku: {
    name: 'Premium'
    tier: 'Premium'
    capacity: 1
  }
  properties: {
    publicNetworkAccess: 'Enabled'
  }
}

resource rangedBusRules 'Microsoft.ServiceBus/namespaces/networkRuleSets@2022-10-01-preview' = {
  parent: rangedBus
  name: 'default'
  properties: {
    defaultAction: 'Deny'
    ipRules: [
      {
        ipMask: '198.51.100.4'
        action: 'Allow'
      }
    ]
    virtualNetworkRules: []
  }
}

resource peRangedBus 'Microsoft.Network/privateEndpoints@2024-05-01' = {
  name: 'pe-sbns-ranged'
  location: 'westeurope'
  properties: {
    subnet: {
      id: resourceId('Microsoft.Network/virtualNetworks/subnets', 'vnet-app', 'snet-pe')
    }
    privateLinkServiceConnections: [
      {
        name: 'namespace'
        properties: {
          privateLinkServiceId: rangedBus.id
          groupIds: [
            'namespace'
          ]
        }
      }
    ]
  }
}

resource allowBus 'Microsoft.ServiceBus/namespaces@2022-10-01-preview' = {
  name: 'sbns-allow'
  location: 'westeurope'
  sku: {
    name: 'Premium'
    tier: 'Premium'
    capacity: 1
  }
  properties: {
    publicNetworkAccess: 'Enabled'
  }
}

resource allowBusRules 'Microsoft.ServiceBus/namespaces/networkRuleSets@2022-10-01-preview' = {
  parent: allowBus
  name: 'default'
  properties: {
    defaultAction: 'Allow'
    ipRules: [
      {
        ipMask: '198.51.100.4'
        action: 'Allow'
      }
    ]
    virtualNetworkRules: []
  }
}

resource peAllowBus 'Microsoft.Network/privateEndpoints@2024-05-01' = {
  name: 'pe-sbns-allow'
  location: 'westeurope'
  properties: {
    subnet: {
      id: resourceId('Microsoft.Network/virtualNetworks/subnets', 'vnet-app', 'snet-pe')
    }
    privateLinkServiceConnections: [
      {
        name: 'namespace'
        properties: {
          privateLinkServiceId: allowBus.id
          groupIds: [
            'namespace'
          ]
        }
      }
    ]
  }
}
