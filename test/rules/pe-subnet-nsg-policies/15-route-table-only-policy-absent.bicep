// expect: pe-subnet-nsg-policies 1
// expect-message: has a route table, but privateEndpointNetworkPolicies is not set
// expect-message: set privateEndpointNetworkPolicies to 'Enabled' (or 'RouteTableEnabled')
// Only a route table is attached: 'RouteTableEnabled' would apply it and drop nothing, so the message offers it too.
resource nsg 'Microsoft.Network/networkSecurityGroups@2024-05-01' = {
  name: 'nsg-pe'
  location: 'northeurope'
}

resource rt 'Microsoft.Network/routeTables@2024-05-01' = {
  name: 'rt-pe'
  location: 'northeurope'
}

resource vnet 'Microsoft.Network/virtualNetworks@2024-05-01' = {
  name: 'vnet-app'
  location: 'northeurope'
  properties: {
    addressSpace: {
      addressPrefixes: [
        '10.1.0.0/16'
      ]
    }
    subnets: [
      {
        name: 'snet-pe'
        properties: {
          addressPrefix: '10.1.0.0/24'
          routeTable: {
            id: rt.id
          }
        }
      }
    ]
  }
}

resource pe 'Microsoft.Network/privateEndpoints@2024-05-01' = {
  name: 'pe-st'
  location: 'northeurope'
  properties: {
    subnet: {
      id: vnet.properties.subnets[0].id
    }
    privateLinkServiceConnections: [
      {
        name: 'st'
        properties: {
          privateLinkServiceId: resourceId('Microsoft.Storage/storageAccounts', 'stapp')
          groupIds: [
            'blob'
          ]
        }
      }
    ]
  }
}
