// expect: pe-subnet-reserved 0
param vnetName string
param subnetName string

resource pe 'Microsoft.Network/privateEndpoints@2024-05-01' = {
  name: 'pe-cosmos'
  location: resourceGroup().location
  properties: {
    subnet: {
      id: resourceId('Microsoft.Network/virtualNetworks/subnets', vnetName, subnetName)
    }
    privateLinkServiceConnections: [
      {
        name: 'cosmos'
        properties: {
          privateLinkServiceId: resourceId('Microsoft.DocumentDB/databaseAccounts', 'cosmos-app')
          groupIds: [
            'Sql'
          ]
        }
      }
    ]
  }
}
