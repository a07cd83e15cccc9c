// expect: pe-subnet-reserved 1
// expect-line: 17
// expect-severity: warning
resource hubVnet 'Microsoft.Network/virtualNetworks@2024-05-01' existing = {
  name: 'vnet-hub'

  resource bastionSubnet 'subnets' existing = {
    name: 'AzureBastionSubnet'
  }
}

resource pe 'Microsoft.Network/privateEndpoints@2024-05-01' = {
  name: 'pe-sql-hub'
  location: resourceGroup().location
  properties: {
    subnet: {
      id: hubVnet::bastionSubnet.id
    }
    privateLinkServiceConnections: [
      {
        name: 'sql'
        properties: {
          privateLinkServiceId: resourceId('Microsoft.Sql/servers', 'sql-hub')
          groupIds: [
            'sqlServer'
          ]
        }
      }
    ]
  }
}
