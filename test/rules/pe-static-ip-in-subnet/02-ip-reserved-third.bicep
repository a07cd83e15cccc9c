// expect: pe-static-ip-in-subnet 1
// expect-line: 48
// expect-related: 20: The subnet's address prefix
resource vnet 'Microsoft.Network/virtualNetworks@2024-05-01' = {
  name: 'vnet-data'
  location: 'westeurope'
  properties: {
    addressSpace: {
      addressPrefixes: [
        '10.0.0.0/16'
      ]
    }
  }
}

resource peSubnet 'Microsoft.Network/virtualNetworks/subnets@2024-05-01' = {
  parent: vnet
  name: 'snet-pe'
  properties: {
    addressPrefix: '10.0.1.0/24'
  }
}

resource pe 'Microsoft.Network/privateEndpoints@2024-05-01' = {
  name: 'pe-sql-data'
  location: 'westeurope'
  properties: {
    subnet: {
      id: peSubnet.id
    }
    privateLinkServiceConnections: [
      {
        name: 'sql'
        properties: {
          privateLinkServiceId: resourceId('Microsoft.Sql/servers', 'sql-data')
          groupIds: [
            'sqlServer'
          ]
        }
      }
    ]
    ipConfigurations: [
      {
        name: 'sql-ip'
        properties: {
          groupId: 'sqlServer'
          memberName: 'sqlServer'
          privateIPAddress: '10.0.1.3'
        }
      }
    ]
  }
}
