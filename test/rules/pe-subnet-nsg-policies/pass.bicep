param nsgId string

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
          // Whether an NSG is attached is decided by the caller: nothing to prove here.
          networkSecurityGroup: empty(nsgId) ? null : {
            id: nsgId
          }
        }
      }
    ]
  }

  resource routedSubnet 'subnets' = {
    name: 'snet-routed'
    properties: {
      addressPrefix: '10.20.2.0/24'
      routeTable: {
        id: resourceId('Microsoft.Network/routeTables', 'rt-spoke')
      }
      privateEndpointNetworkPolicies: 'routetableenabled'
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
      id: vnet::routedSubnet.id
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
