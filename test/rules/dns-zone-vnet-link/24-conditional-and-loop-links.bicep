// expect: dns-zone-vnet-link 0
// A link under a condition and links made in a loop count as present.
param linkSpoke bool
param spokeNames array

resource spoke 'Microsoft.Network/virtualNetworks@2023-09-01' = {
  name: 'vnet-spoke'
  location: 'westeurope'
  properties: {
    addressSpace: {
      addressPrefixes: [
        '10.1.0.0/16'
      ]
    }
    subnets: [
      {
        name: 'snet-pe'
        properties: {
          addressPrefix: '10.1.1.0/24'
        }
      }
    ]
  }
}

resource zone 'Microsoft.Network/privateDnsZones@2020-06-01' = {
  name: 'privatelink.vaultcore.azure.net'
  location: 'global'
}

resource conditional 'Microsoft.Network/privateDnsZones/virtualNetworkLinks@2020-06-01' = if (linkSpoke) {
  parent: zone
  name: 'link-conditional'
  location: 'global'
  properties: {
    registrationEnabled: false
    virtualNetwork: {
      id: spoke.id
    }
  }
}

resource blobZone 'Microsoft.Network/privateDnsZones@2020-06-01' = {
  name: 'privatelink.blob.core.windows.net'
  location: 'global'
}

resource loopLinks 'Microsoft.Network/privateDnsZones/virtualNetworkLinks@2020-06-01' = [for spokeName in spokeNames: {
  parent: blobZone
  name: 'link-${spokeName}'
  location: 'global'
  properties: {
    registrationEnabled: false
    virtualNetwork: {
      id: resourceId('Microsoft.Network/virtualNetworks', spokeName)
    }
  }
}]

resource pe 'Microsoft.Network/privateEndpoints@2023-09-01' = {
  name: 'pe-orders'
  location: 'westeurope'
  properties: {
    subnet: {
      id: spoke.properties.subnets[0].id
    }
    privateLinkServiceConnections: [
      {
        name: 'vault'
        properties: {
          privateLinkServiceId: resourceId('Microsoft.KeyVault/vaults', 'kv-orders')
          groupIds: [
            'vault'
          ]
        }
      }
    ]
  }

  resource dns 'privateDnsZoneGroups' = {
    name: 'default'
    properties: {
      privateDnsZoneConfigs: [
        {
          name: 'vault'
          properties: {
            privateDnsZoneId: zone.id
          }
        }
      ]
    }
  }
}

resource peBlob 'Microsoft.Network/privateEndpoints@2023-09-01' = {
  name: 'pe-blob'
  location: 'westeurope'
  properties: {
    subnet: {
      id: spoke.properties.subnets[0].id
    }
    privateLinkServiceConnections: [
      {
        name: 'blob'
        properties: {
          privateLinkServiceId: resourceId('Microsoft.Storage/storageAccounts', 'storders')
          groupIds: [
            'blob'
          ]
        }
      }
    ]
  }

  resource dns 'privateDnsZoneGroups' = {
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
