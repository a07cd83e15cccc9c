// expect: pe-target-public-access 1
// Event Hubs namespaces know publicNetworkAccess from API version 2022-01-01-preview: on an older version the written
// 'Enabled' is not read (nothing is said), and at that first version it is, with the fix that sets it offered.
resource older 'Microsoft.EventHub/namespaces@2021-11-01' = {
  name: 'evh-older-api'
  location: 'westeurope'
  sku: {
    name: 'Standard'
  }
  properties: {
    publicNetworkAccess: 'Enabled'
  }
}

resource peolder 'Microsoft.Network/privateEndpoints@2024-05-01' = {
  name: 'pe-evh-older-api'
  location: 'westeurope'
  properties: {
    subnet: {
      id: resourceId('Microsoft.Network/virtualNetworks/subnets', 'vnet-app', 'snet-pe')
    }
    privateLinkServiceConnections: [
      {
        name: 'namespace'
        properties: {
          privateLinkServiceId: older.id
          groupIds: [
            'namespace'
          ]
        }
      }
    ]
  }
}

resource first 'Microsoft.EventHub/namespaces@2022-01-01-preview' = {
  name: 'evh-first-api'
  location: 'westeurope'
  sku: {
    name: 'Standard'
  }
  properties: {
    publicNetworkAccess: 'Enabled'
  }
}

resource pefirst 'Microsoft.Network/privateEndpoints@2024-05-01' = {
  name: 'pe-evh-first-api'
  location: 'westeurope'
  properties: {
    subnet: {
      id: resourceId('Microsoft.Network/virtualNetworks/subnets', 'vnet-app', 'snet-pe')
    }
    privateLinkServiceConnections: [
      {
        name: 'namespace'
        properties: {
          privateLinkServiceId: first.id
          groupIds: [
            'namespace'
          ]
        }
      }
    ]
  }
}
