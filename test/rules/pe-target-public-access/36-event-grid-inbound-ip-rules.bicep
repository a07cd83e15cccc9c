// expect: pe-target-public-access 1
// expect-line: 43
// Inbound IP rules restrict an Event Grid topic to the listed publishers.
resource rangedTopic 'Microsoft.EventGrid/topics@2023-12-15-preview' = {
  name: 'evgt-ranged'
  location: 'westeurope'
  properties: {
    publicNetworkAccess: 'Enabled'
    inboundIpRules: [
      {
        ipMask: '203.0.113.0/28'
        action: 'Allow'
      }
    ]
  }
}

resource peRangedTopic 'Microsoft.Network/privateEndpoints@2024-05-01' = {
  name: 'pe-evgt-ranged'
  location: 'westeurope'
  properties: {
    subnet: {
      id: resourceId('Microsoft.Network/virtualNetworks/subnets', 'vnet-app', 'snet-pe')
    }
    privateLinkServiceConnections: [
      {
        name: 'topic'
        properties: {
          privateLinkServiceId: rangedTopic.id
          groupIds: [
            'topic'
          ]
        }
      }
    ]
  }
}

resource openTopic 'Microsoft.EventGrid/topics@2023-12-15-preview' = {
  name: 'evgt-open'
  location: 'westeurope'
  properties: {
    publicNetworkAccess: 'Enabled'
    inboundIpRules: []
  }
}

resource peOpenTopic 'Microsoft.Network/privateEndpoints@2024-05-01' = {
  name: 'pe-evgt-open'
  location: 'westeurope'
  properties: {
    subnet: {
      id: resourceId('Microsoft.Network/virtualNetworks/subnets', 'vnet-app', 'snet-pe')
    }
    privateLinkServiceConnections: [
      {
        name: 'topic'
        properties: {
          privateLinkServiceId: openTopic.id
          groupIds: [
            'topic'
          ]
        }
      }
    ]
  }
}
