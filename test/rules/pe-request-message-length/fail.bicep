// pe-request-message-length: request messages longer than 140 characters.
param location string = resourceGroup().location
param approvalNote string = 'Please approve this private endpoint for the payments team. It carries production traffic from the West Europe app tier, ticket CHG-0042-XYZ.'
param storageAccountId string
param plsId string

// A manual connection with a literal message of 141 characters.
resource peManual 'Microsoft.Network/privateEndpoints@2024-05-01' = {
  name: 'pe-manual'
  location: location
  properties: {
    subnet: { id: resourceId('Microsoft.Network/virtualNetworks/subnets', 'vnet-app', 'snet-pe') }
    manualPrivateLinkServiceConnections: [
      {
        name: 'pls'
        properties: {
          privateLinkServiceId: plsId
          requestMessage: 'Please approve this private endpoint for the payments team. It carries production traffic from the West Europe app tier, ticket CHG-0042-XYZ.'
        }
      }
    ]
  }
}

// An auto-approved connection whose message comes from a parameter default.
resource peFromDefault 'Microsoft.Network/privateEndpoints@2024-05-01' = {
  name: 'pe-from-default'
  location: location
  properties: {
    subnet: { id: resourceId('Microsoft.Network/virtualNetworks/subnets', 'vnet-app', 'snet-pe') }
    privateLinkServiceConnections: [
      {
        name: 'blob'
        properties: {
          privateLinkServiceId: storageAccountId
          groupIds: ['blob']
          requestMessage: approvalNote
        }
      }
    ]
  }
}

// A message built from pieces, in a loop of endpoints.
resource peLoop 'Microsoft.Network/privateEndpoints@2024-05-01' = [for ticket in ['CHG-0099-LONG-SUFFIX', 'CHG-0100-LONG-SUFFIX']: {
  name: 'pe-${toLower(ticket)}'
  location: location
  properties: {
    subnet: { id: resourceId('Microsoft.Network/virtualNetworks/subnets', 'vnet-app', 'snet-pe') }
    manualPrivateLinkServiceConnections: [
      {
        name: 'pls'
        properties: {
          privateLinkServiceId: plsId
          requestMessage: 'Requested by the data platform team for the nightly export job; owner: jane.doe@contoso.example; cost centre 4711; change ${ticket}'
        }
      }
    ]
  }
}]
