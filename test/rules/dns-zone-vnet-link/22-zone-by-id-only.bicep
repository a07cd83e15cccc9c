// expect: dns-zone-vnet-link 0
// Zones referenced by id only, or declared existing, may be linked wherever they are declared.
param hubZoneId string

resource hubZone 'Microsoft.Network/privateDnsZones@2020-06-01' existing = {
  name: 'privatelink.vaultcore.azure.net'
  scope: resourceGroup('rg-hub')
}

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

resource peById 'Microsoft.Network/privateEndpoints@2023-09-01' = {
  name: 'pe-by-id'
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
            privateDnsZoneId: resourceId('rg-hub', 'Microsoft.Network/privateDnsZones', 'privatelink.vaultcore.azure.net')
          }
        }
      ]
    }
  }
}

resource peByParam 'Microsoft.Network/privateEndpoints@2023-09-01' = {
  name: 'pe-by-param'
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
            privateDnsZoneId: hubZoneId
          }
        }
      ]
    }
  }
}

resource peExisting 'Microsoft.Network/privateEndpoints@2023-09-01' = {
  name: 'pe-existing'
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
            privateDnsZoneId: hubZone.id
          }
        }
      ]
    }
  }
}
