param peName string = 'pe-blob'

@description('Id of a zone managed elsewhere; the zone group is deployed only when it is given.')
param zoneId string = ''

var subnetId = resourceId('Microsoft.Network/virtualNetworks/subnets', 'vnet-app', 'snet-pe')

resource storage 'Microsoft.Storage/storageAccounts@2023-05-01' existing = {
  name: 'stcontoso'
}

resource vault 'Microsoft.KeyVault/vaults@2023-07-01' existing = {
  name: 'kv-contoso'
}

resource blobZone 'Microsoft.Network/privateDnsZones@2024-06-01' existing = {
  name: 'privatelink.blob.core.windows.net'
}

resource peBlob 'Microsoft.Network/privateEndpoints@2024-05-01' = {
  name: peName
  location: 'westeurope'
  properties: {
    subnet: {
      id: subnetId
    }
    privateLinkServiceConnections: [
      {
        name: 'blob'
        properties: {
          privateLinkServiceId: storage.id
          groupIds: [
            'blob'
          ]
        }
      }
    ]
  }
}

// A top-level child declared with `parent:`.
resource blobZoneGroup 'Microsoft.Network/privateEndpoints/privateDnsZoneGroups@2024-05-01' = {
  parent: peBlob
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

// A nested zone group whose condition is false only because of a parameter default: it may exist.
resource peVault 'Microsoft.Network/privateEndpoints@2024-05-01' = {
  name: 'pe-vault'
  location: 'westeurope'
  properties: {
    subnet: {
      id: subnetId
    }
    privateLinkServiceConnections: [
      {
        name: 'vault'
        properties: {
          privateLinkServiceId: vault.id
          groupIds: [
            'vault'
          ]
        }
      }
    ]
  }

  resource zoneGroup 'privateDnsZoneGroups' = if (!empty(zoneId)) {
    name: 'default'
    properties: {
      privateDnsZoneConfigs: [
        {
          name: 'vault'
          properties: {
            privateDnsZoneId: zoneId
          }
        }
      ]
    }
  }
}

// An endpoint to a customer Private Link service needs no zone group.
resource pePartner 'Microsoft.Network/privateEndpoints@2024-05-01' = {
  name: 'pe-partner'
  location: 'westeurope'
  properties: {
    subnet: {
      id: subnetId
    }
    privateLinkServiceConnections: [
      {
        name: 'partner'
        properties: {
          privateLinkServiceId: resourceId('Microsoft.Network/privateLinkServices', 'pls-partner')
        }
      }
    ]
  }
}
