// expect: pe-static-ip-in-subnet 1
// expect-message: outside
// Both declarations of the subnet put the address outside their prefix: whichever wins, the address is wrong.
resource vnet 'Microsoft.Network/virtualNetworks@2024-05-01' = {
  name: 'vnet-multi'
  location: 'westeurope'
  properties: {
    addressSpace: {
      addressPrefixes: [
        '10.100.0.0/16'
      ]
    }
    subnets: [
      {
        name: 'snet-pe'
        properties: {
          addressPrefix: '10.100.1.0/24'
        }
      }
    ]
  }
}

resource peSubnet 'Microsoft.Network/virtualNetworks/subnets@2024-05-01' = {
  parent: vnet
  name: 'snet-pe'
  properties: {
    addressPrefix: '10.100.2.0/24'
  }
}

resource pe 'Microsoft.Network/privateEndpoints@2024-05-01' = {
  name: 'pe-multi-kv'
  location: 'westeurope'
  properties: {
    subnet: {
      id: peSubnet.id
    }
    privateLinkServiceConnections: [
      {
        name: 'vault'
        properties: {
          privateLinkServiceId: resourceId('Microsoft.KeyVault/vaults', 'kv-multi')
          groupIds: [
            'vault'
          ]
        }
      }
    ]
    ipConfigurations: [
      {
        name: 'vault-ip'
        properties: {
          groupId: 'vault'
          memberName: 'default'
          privateIPAddress: '10.100.3.40'
        }
      }
    ]
  }
}
