// expect: pe-target-public-access 1
// expect-line: 16
// expect-message: publicNetworkAccess is 'Enabled'
// The properties are wrapped in any(): the finding still sits on the property, and the location parameter, which the
// public-access value does not depend on, is not named.
param location string = resourceGroup().location
param accountName string = 'cosmos-notes-${uniqueString(resourceGroup().id)}'

resource notes 'Microsoft.DocumentDB/databaseAccounts@2024-05-15' = {
  name: accountName
  location: location
  kind: 'GlobalDocumentDB'
  properties: any({
    databaseAccountOfferType: 'Standard'
    locations: [{ locationName: location }]
    publicNetworkAccess: 'Enabled'
    disableLocalAuth: true
  })
}

resource notesEndpoint 'Microsoft.Network/privateEndpoints@2024-05-01' = {
  name: 'pe-notes-sql'
  location: location
  properties: {
    subnet: {
      id: resourceId('Microsoft.Network/virtualNetworks/subnets', 'vnet-notes', 'snet-endpoints')
    }
    privateLinkServiceConnections: [
      {
        name: 'Sql'
        properties: {
          privateLinkServiceId: notes.id
          groupIds: [
            'Sql'
          ]
        }
      }
    ]
  }
}
