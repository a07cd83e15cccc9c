// expect: pe-target-public-access 1
// expect-line: 19
param administratorLogin string
@secure()
param administratorLoginPassword string

resource mysql 'Microsoft.DBforMySQL/flexibleServers@2023-12-30' = {
  name: 'mysql-blog'
  location: resourceGroup().location
  sku: {
    name: 'Standard_B1ms'
    tier: 'Burstable'
  }
  properties: {
    administratorLogin: administratorLogin
    administratorLoginPassword: administratorLoginPassword
    version: '8.0.21'
    network: {
      publicNetworkAccess: 'Enabled'
    }
  }
}

resource pe 'Microsoft.Network/privateEndpoints@2024-05-01' = {
  name: 'pe-mysql-blog'
  location: resourceGroup().location
  properties: {
    subnet: {
      id: resourceId('Microsoft.Network/virtualNetworks/subnets', 'vnet-app', 'snet-pe')
    }
    privateLinkServiceConnections: [
      {
        name: 'mysql'
        properties: {
          privateLinkServiceId: mysql.id
          groupIds: [
            'mysqlServer'
          ]
        }
      }
    ]
  }
}
