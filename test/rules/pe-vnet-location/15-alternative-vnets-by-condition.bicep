// expect: pe-vnet-location 0
param useSecondaryRegion bool

resource vnetPrimary 'Microsoft.Network/virtualNetworks@2024-05-01' = if (!useSecondaryRegion) {
  name: 'vnet-app'
  location: 'westeurope'
  properties: {
    addressSpace: {
      addressPrefixes: [
        '10.14.0.0/16'
      ]
    }
    subnets: [
      {
        name: 'snet-pe'
        properties: {
          addressPrefix: '10.14.1.0/24'
        }
      }
    ]
  }
}

resource vnetSecondary 'Microsoft.Network/virtualNetworks@2024-05-01' = if (useSecondaryRegion) {
  name: 'vnet-app'
  location: 'northeurope'
  properties: {
    addressSpace: {
      addressPrefixes: [
        '10.14.0.0/16'
      ]
    }
    subnets: [
      {
        name: 'snet-pe'
        properties: {
          addressPrefix: '10.14.1.0/24'
        }
      }
    ]
  }
}

resource pe 'Microsoft.Network/privateEndpoints@2024-05-01' = {
  name: 'pe-app-kv'
  location: useSecondaryRegion ? 'northeurope' : 'westeurope'
  properties: {
    subnet: {
      id: resourceId('Microsoft.Network/virtualNetworks/subnets', 'vnet-app', 'snet-pe')
    }
    privateLinkServiceConnections: [
      {
        name: 'vault'
        properties: {
          privateLinkServiceId: resourceId('Microsoft.KeyVault/vaults', 'kv-app')
          groupIds: [
            'vault'
          ]
        }
      }
    ]
  }
}
