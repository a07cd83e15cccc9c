// expect: pe-subnet-nsg-policies 1
// expect-message: has a network security group, but privateEndpointNetworkPolicies is 'RouteTableEnabled'
// expect-message: set privateEndpointNetworkPolicies to 'Enabled'.
// Both are attached and only the route table applies: 'Enabled' is the one value that applies both.
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
          networkSecurityGroup: {
            id: nsg.id
          }
          routeTable: {
            id: rt.id
          }
          privateEndpointNetworkPolicies: 'RouteTableEnabled'
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
