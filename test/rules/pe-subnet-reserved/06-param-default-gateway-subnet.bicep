// expect: pe-subnet-reserved 1
// expect-line: 12
// expect-message: peSubnetName
param vnetName string = 'vnet-hub'
param peSubnetName string = 'GatewaySubnet'

resource pe 'Microsoft.Network/privateEndpoints@2024-05-01' = {
  name: 'pe-hub-vault'
  location: resourceGroup().location
  properties: {
    subnet: {
      id: resourceId('Microsoft.Network/virtualNetworks/subnets', vnetName, peSubnetName)
    }
    privateLinkServiceConnections: [
      {
        name: 'vault'
        properties: {
          privateLinkServiceId: resourceId('Microsoft.KeyVault/vaults', 'kv-hub')
          groupIds: [
            'vault'
          ]
        }
      }
    ]
  }
}
