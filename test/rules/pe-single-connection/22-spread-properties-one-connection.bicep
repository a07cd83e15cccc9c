// expect: pe-single-connection 0
var commonProperties = {
  subnet: {
    id: resourceId('Microsoft.Network/virtualNetworks/subnets', 'vnet-app', 'snet-pe')
  }
  customNetworkInterfaceName: 'nic-pe-spread'
}

resource pe 'Microsoft.Network/privateEndpoints@2024-05-01' = {
  name: 'pe-spread'
  location: resourceGroup().location
  properties: {
    ...commonProperties
    privateLinkServiceConnections: [
      {
        name: 'vault'
        properties: {
          privateLinkServiceId: resourceId('Microsoft.KeyVault/vaults', 'kv-spread')
          groupIds: [
            'vault'
          ]
        }
      }
    ]
  }
}
