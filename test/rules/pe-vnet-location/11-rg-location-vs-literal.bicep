// expect: pe-vnet-location 0
resource vnet 'Microsoft.Network/virtualNetworks@2024-05-01' = {
  name: 'vnet-mixed'
  location: 'westeurope'
  properties: {
    addressSpace: {
      addressPrefixes: [
        '10.8.0.0/16'
      ]
    }
    subnets: [
      {
        name: 'snet-pe'
        properties: {
          addressPrefix: '10.8.1.0/24'
        }
      }
    ]
  }
}

resource pe 'Microsoft.Network/privateEndpoints@2024-05-01' = {
  name: 'pe-mixed-kv'
  location: resourceGroup().location
  properties: {
    subnet: {
      id: vnet.properties.subnets[0].id
    }
    privateLinkServiceConnections: [
      {
        name: 'vault'
        properties: {
          privateLinkServiceId: resourceId('Microsoft.KeyVault/vaults', 'kv-mixed')
          groupIds: [
            'vault'
          ]
        }
      }
    ]
  }
}
