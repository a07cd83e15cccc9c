// expect: pe-single-connection 0
param location string = resourceGroup().location

resource sqlServer 'Microsoft.Sql/servers@2023-08-01-preview' existing = {
  name: 'sql-core-prod'
  scope: resourceGroup('rg-data')
}

resource pe 'Microsoft.Network/privateEndpoints@2024-05-01' = {
  name: 'pe-sql-core'
  location: location
  properties: {
    subnet: {
      id: resourceId('Microsoft.Network/virtualNetworks/subnets', 'vnet-app', 'snet-pe')
    }
    privateLinkServiceConnections: []
    manualPrivateLinkServiceConnections: [
      {
        name: 'sql-core'
        properties: {
          privateLinkServiceId: sqlServer.id
          groupIds: [
            'sqlServer'
          ]
          requestMessage: 'Cross-subscription access for the reporting app'
        }
      }
    ]
  }
}
