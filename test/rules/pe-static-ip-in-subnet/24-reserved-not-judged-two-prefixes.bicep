// expect: pe-static-ip-in-subnet 0
// With two IPv4 prefixes, which addresses Azure holds back is not documented: the first address of the second
// prefix is not judged.
resource vnet 'Microsoft.Network/virtualNetworks@2024-05-01' = {
  name: 'vnet-multi'
  location: 'westeurope'
  properties: {
    addressSpace: {
      addressPrefixes: [
        '10.100.0.0/16'
      ]
    }
  }
}

resource peSubnet 'Microsoft.Network/virtualNetworks/subnets@2024-05-01' = {
  parent: vnet
  name: 'snet-pe'
  properties: {
    addressPrefixes: [
      '10.100.1.0/24'
      '10.100.2.0/24'
    ]
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
          privateIPAddress: '10.100.2.1'
        }
      }
    ]
  }
}
