// expect: pe-target-public-access 1
// expect-line: 10
resource automation 'Microsoft.Automation/automationAccounts@2023-11-01' = {
  name: 'aa-ops'
  location: resourceGroup().location
  properties: {
    sku: {
      name: 'Basic'
    }
    publicNetworkAccess: true
  }
}

resource pe 'Microsoft.Network/privateEndpoints@2024-05-01' = {
  name: 'pe-aa-ops-webhook'
  location: resourceGroup().location
  properties: {
    subnet: {
      id: resourceId('Microsoft.Network/virtualNetworks/subnets', 'vnet-ops', 'snet-pe')
    }
    privateLinkServiceConnections: [
      {
        name: 'webhook'
        properties: {
          privateLinkServiceId: automation.id
          groupIds: [
            'Webhook'
          ]
        }
      }
    ]
  }
}
