param policies string = 'Disabled'

resource nsg 'Microsoft.Network/networkSecurityGroups@2024-05-01' = {
  name: 'nsg-endpoints'
  location: 'westeurope'
}

resource routes 'Microsoft.Network/routeTables@2024-05-01' = {
  name: 'rt-spoke'
  location: 'westeurope'
}

resource vnet 'Microsoft.Network/virtualNetworks@2024-05-01' = {
  name: 'vnet-spoke'
  location: 'westeurope'
  properties: {
    addressSpace: {
      addressPrefixes: [
        '10.20.0.0/16'
      ]
    }
    subnets: [
      {
        name: 'snet-endpoints'
        properties: {
          addressPrefix: '10.20.1.0/24'
          networkSecurityGroup: {
            id: nsg.id
          }
          routeTable: {
            id: routes.id
          }
          privateEndpointNetworkPolicies: policies
        }
      }
    ]
  }

  resource dataSubnet 'subnets' = {
    name: 'snet-data'
    properties: {
      addressPrefix: '10.20.2.0/24'
      networkSecurityGroup: {
        id: nsg.id
      }
      privateEndpointNetworkPolicies: 'RouteTableEnabled'
    }
  }
}

resource peVault 'Microsoft.Network/privateEndpoints@2024-05-01' = {
  name: 'pe-vault'
  location: 'westeurope'
  properties: {
    subnet: {
      id: vnet.properties.subnets[0].id
    }
    privateLinkServiceConnections: [
      {
        name: 'vault'
        properties: {
          privateLinkServiceId: resourceId('Microsoft.KeyVault/vaults', 'kv-app')
          groupIds: [
            'vault'
          ]
        }
      }
    ]
  }
}

resource peSql 'Microsoft.Network/privateEndpoints@2024-05-01' = {
  name: 'pe-sql'
  location: 'westeurope'
  properties: {
    subnet: {
      id: vnet::dataSubnet.id
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
