// expect: pe-subnet-nsg-policies 1
// expect-line: 23
// expect-message: 'peNetworkPolicies'
param peNetworkPolicies string = 'NetworkSecurityGroupEnabled'

resource vnet 'Microsoft.Network/virtualNetworks@2024-05-01' existing = {
  name: 'vnet-app'
}

resource routes 'Microsoft.Network/routeTables@2024-05-01' = {
  name: 'rt-firewall'
  location: 'northeurope'
}

resource peSubnet 'Microsoft.Network/virtualNetworks/subnets@2024-05-01' = {
  parent: vnet
  name: 'snet-pe'
  properties: {
    addressPrefix: '10.1.0.0/24'
    routeTable: {
      id: routes.id
    }
    privateEndpointNetworkPolicies: peNetworkPolicies
  }
}

resource pe 'Microsoft.Network/privateEndpoints@2024-05-01' = {
  name: 'pe-sql'
  location: 'northeurope'
  properties: {
    subnet: {
      id: peSubnet.id
    }
    privateLinkServiceConnections: [
      {
        name: 'sql'
        properties: {
          privateLinkServiceId: resourceId('Microsoft.Sql/servers', 'sql-app')
          groupIds: [
            'sqlServer'
          ]
        }
      }
    ]
  }
}
