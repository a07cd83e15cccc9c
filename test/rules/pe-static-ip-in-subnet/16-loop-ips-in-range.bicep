// expect: pe-static-ip-in-subnet 0
var vaultNames = [
  'kv-a'
  'kv-b'
  'kv-c'
]

resource vnet 'Microsoft.Network/virtualNetworks@2024-05-01' = {
  name: 'vnet-loop'
  location: resourceGroup().location
  properties: {
    addressSpace: {
      addressPrefixes: [
        '172.16.0.0/16'
      ]
    }
    subnets: [
      {
        name: 'snet-pe'
        properties: {
          addressPrefix: '172.16.8.0/24'
        }
      }
    ]
  }
}

resource endpoints 'Microsoft.Network/privateEndpoints@2024-05-01' = [for (name, i) in vaultNames: {
  name: 'pe-${name}'
  location: resourceGroup().location
  properties: {
    subnet: {
      id: vnet.properties.subnets[0].id
    }
    privateLinkServiceConnections: [
      {
        name: 'vault'
        properties: {
          privateLinkServiceId: resourceId('Microsoft.KeyVault/vaults', name)
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
          privateIPAddress: '172.16.8.${10 + i}'
        }
      }
    ]
  }
}]
