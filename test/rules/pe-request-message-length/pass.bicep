// pe-request-message-length: messages of at most 140 characters, and messages the rule cannot know.
param location string = resourceGroup().location
param approvalNote string
param plsId string

resource peExact 'Microsoft.Network/privateEndpoints@2024-05-01' = {
  name: 'pe-exact'
  location: location
  properties: {
    subnet: { id: resourceId('Microsoft.Network/virtualNetworks/subnets', 'vnet-app', 'snet-pe') }
    manualPrivateLinkServiceConnections: [
      {
        name: 'pls'
        properties: {
          privateLinkServiceId: plsId
          requestMessage: 'Please approve: private endpoint for the reporting team, non-production, ticket CHG-0043. Contact platform-team@contoso.example for question'
        }
      }
    ]
  }
}

// Unknown: a parameter without a default, and a message that includes an unknown part.
resource peUnknown 'Microsoft.Network/privateEndpoints@2024-05-01' = {
  name: 'pe-unknown'
  location: location
  properties: {
    subnet: { id: resourceId('Microsoft.Network/virtualNetworks/subnets', 'vnet-app', 'snet-pe') }
    manualPrivateLinkServiceConnections: [
      {
        name: 'pls'
        properties: {
          privateLinkServiceId: plsId
          requestMessage: approvalNote
        }
      }
      {
        name: 'pls2'
        properties: {
          privateLinkServiceId: plsId
          requestMessage: 'Requested by ${approvalNote}'
        }
      }
    ]
  }
}

// An existing endpoint is not judged.
resource peExisting 'Microsoft.Network/privateEndpoints@2024-05-01' existing = {
  name: 'pe-old'
}
