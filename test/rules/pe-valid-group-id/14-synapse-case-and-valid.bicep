// expect: pe-valid-group-id 1
// expect-line: 42
// expect-severity: warning
resource synapse 'Microsoft.Synapse/workspaces@2021-06-01' existing = {
  name: 'syn-analytics'
}

resource peDev 'Microsoft.Network/privateEndpoints@2024-05-01' = {
  name: 'pe-syn-dev'
  location: resourceGroup().location
  properties: {
    subnet: {
      id: resourceId('Microsoft.Network/virtualNetworks/subnets', 'vnet-analytics', 'snet-pe')
    }
    privateLinkServiceConnections: [
      {
        name: 'dev'
        properties: {
          privateLinkServiceId: synapse.id
          groupIds: [
            'Dev'
          ]
        }
      }
    ]
  }
}

resource peServerless 'Microsoft.Network/privateEndpoints@2024-05-01' = {
  name: 'pe-syn-serverless'
  location: resourceGroup().location
  properties: {
    subnet: {
      id: resourceId('Microsoft.Network/virtualNetworks/subnets', 'vnet-analytics', 'snet-pe')
    }
    privateLinkServiceConnections: [
      {
        name: 'serverless'
        properties: {
          privateLinkServiceId: synapse.id
          groupIds: [
            'sqlondemand'
          ]
        }
      }
    ]
  }
}
