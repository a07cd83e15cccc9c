// expect: pe-static-ip-in-subnet 0
// The subnet is declared twice (in the network's subnets and as a child) with different prefixes: one puts the
// address outside, the other on an address Azure reserves. Which declaration wins decides which mistake it is, so no
// one message can be told (case 30 is the same with both declarations putting it outside).
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
          privateIPAddress: '10.100.2.2'
        }
      }
    ]
  }
}
