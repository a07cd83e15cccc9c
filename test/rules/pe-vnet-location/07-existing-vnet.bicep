// expect: pe-vnet-location 0
resource vnet 'Microsoft.Network/virtualNetworks@2024-05-01' existing = {
  name: 'vnet-landing-zone'
  scope: resourceGroup('rg-network')

  resource peSubnet 'subnets' existing = {
    name: 'snet-pe'
  }
}

resource pe 'Microsoft.Network/privateEndpoints@2024-05-01' = {
  name: 'pe-lz-kv'
  location: 'swedencentral'
  properties: {
    subnet: {
      id: vnet::peSubnet.id
    }
    privateLinkServiceConnections: [
      {
        name: 'vault'
        properties: {
          privateLinkServiceId: resourceId('Microsoft.KeyVault/vaults', 'kv-lz')
          groupIds: [
            'vault'
          ]
        }
      }
    ]
  }
}
