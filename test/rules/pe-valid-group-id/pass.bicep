@description('The target is chosen at deployment: its type is unknown, so its group ids are not judged.')
param targetId string

param groupId string = 'sqlServer'

var subnetId = resourceId('Microsoft.Network/virtualNetworks/subnets', 'vnet-app', 'snet-pe')

resource sqlServer 'Microsoft.Sql/servers@2023-08-01-preview' existing = {
  name: 'sql-contoso'
}

resource cosmos 'Microsoft.DocumentDB/databaseAccounts@2024-05-15' existing = {
  name: 'cosmos-contoso'
}

resource peSql 'Microsoft.Network/privateEndpoints@2024-05-01' = {
  name: 'pe-sql'
  location: 'westeurope'
  properties: {
    subnet: {
      id: subnetId
    }
    privateLinkServiceConnections: [
      {
        name: 'sql'
        properties: {
          privateLinkServiceId: sqlServer.id
          groupIds: [
            groupId
          ]
        }
      }
    ]
  }
}

resource peUnknownTarget 'Microsoft.Network/privateEndpoints@2024-05-01' = {
  name: 'pe-unknown-target'
  location: 'westeurope'
  properties: {
    subnet: {
      id: subnetId
    }
    privateLinkServiceConnections: [
      {
        name: 'any'
        properties: {
          privateLinkServiceId: targetId
          groupIds: [
            'whatever'
          ]
        }
      }
    ]
  }
}

// Cosmos DB's documented id is 'Sql', with a capital S.
resource peCosmos 'Microsoft.Network/privateEndpoints@2024-05-01' = {
  name: 'pe-cosmos'
  location: 'westeurope'
  properties: {
    subnet: {
      id: subnetId
    }
    privateLinkServiceConnections: [
      {
        name: 'cosmos'
        properties: {
          privateLinkServiceId: cosmos.id
          groupIds: [
            'Sql'
          ]
        }
      }
    ]
  }
}
