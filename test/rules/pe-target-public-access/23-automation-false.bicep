// expect: pe-target-public-access 0
resource automation 'Microsoft.Automation/automationAccounts@2023-11-01' = {
  name: 'aa-private'
  location: resourceGroup().location
  properties: {
    sku: {
      name: 'Basic'
    }
    publicNetworkAccess: false
    disableLocalAuth: true
  }
}

resource pe 'Microsoft.Network/privateEndpoints@2024-05-01' = {
  name: 'pe-aa-private'
  location: resourceGroup().location
  properties: {
    subnet: {
      id: resourceId('Microsoft.Network/virtualNetworks/subnets', 'vnet-ops', 'snet-pe')
    }
    privateLinkServiceConnections: [
      {
        name: 'dsc'
        properties: {
          privateLinkServiceId: automation.id
          groupIds: [
            'DSCAndHybridWorker'
          ]
        }
      }
    ]
  }
}
