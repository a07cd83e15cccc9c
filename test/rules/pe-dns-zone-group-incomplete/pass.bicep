param subnetId string

resource blobZone 'Microsoft.Network/privateDnsZones@2020-06-01' = {
  name: 'privatelink.blob.core.windows.net'
  location: 'global'
}

// A storage blob endpoint needs one zone, and its group holds it.
resource peBlob 'Microsoft.Network/privateEndpoints@2024-05-01' = {
  name: 'pe-st-blob'
  location: 'westeurope'
  properties: {
    subnet: {
      id: subnetId
    }
    privateLinkServiceConnections: [
      {
        name: 'blob'
        properties: {
          privateLinkServiceId: resourceId('Microsoft.Storage/storageAccounts', 'stapp')
          groupIds: [
            'blob'
          ]
        }
      }
    ]
  }

  resource zoneGroup 'privateDnsZoneGroups' = {
    name: 'default'
    properties: {
      privateDnsZoneConfigs: [
        {
          name: 'blob'
          properties: {
            privateDnsZoneId: blobZone.id
          }
        }
      ]
    }
  }
}

// Cognitive Services zones are alternatives by account kind: one of them is enough.
resource peOpenAi 'Microsoft.Network/privateEndpoints@2024-05-01' = {
  name: 'pe-openai'
  location: 'westeurope'
  properties: {
    subnet: {
      id: subnetId
    }
    privateLinkServiceConnections: [
      {
        name: 'openai'
        properties: {
          privateLinkServiceId: resourceId('Microsoft.CognitiveServices/accounts', 'oai-app')
          groupIds: [
            'account'
          ]
        }
      }
    ]
  }

  resource zoneGroup 'privateDnsZoneGroups' = {
    name: 'default'
    properties: {
      privateDnsZoneConfigs: [
        {
          name: 'openai'
          properties: {
            privateDnsZoneId: resourceId('Microsoft.Network/privateDnsZones', 'privatelink.openai.azure.com')
          }
        }
      ]
    }
  }
}
