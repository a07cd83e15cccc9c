// expect: pe-subnet-nsg-policies 1
// expect-message: has a network security group, but privateEndpointNetworkPolicies is not set
// expect-message: so it does not apply to traffic to the endpoints: set privateEndpointNetworkPolicies to 'Enabled'.
// The route table comes from the caller (it may be null): the network security group alone is proven left out, and
// only 'Enabled' is asked for, since 'NetworkSecurityGroupEnabled' would leave a route table out if there is one.
param routeTable object

resource nsg 'Microsoft.Network/networkSecurityGroups@2024-05-01' = {
  name: 'nsg-pe'
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
          routeTable: routeTable
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
