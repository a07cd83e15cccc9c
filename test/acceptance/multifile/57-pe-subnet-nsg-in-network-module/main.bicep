// The endpoint subnet is declared in the network module; the endpoint in this file. The finding belongs to the
// subnet, where the setting is written.
module network 'modules/network.bicep' = {
  name: 'network'
}

resource pe 'Microsoft.Network/privateEndpoints@2024-05-01' = {
  name: 'pe-vault'
  location: 'westeurope'
  properties: {
    subnet: {
      id: network.outputs.peSubnetId
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
