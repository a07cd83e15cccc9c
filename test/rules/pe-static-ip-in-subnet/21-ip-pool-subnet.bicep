// expect: pe-static-ip-in-subnet 0
// The subnet's prefix is allocated from an IP address pool: not known here.
param poolId string

resource vnet 'Microsoft.Network/virtualNetworks@2024-05-01' = {
  name: 'vnet-pool'
  location: 'westeurope'
  properties: {
    addressSpace: {
      addressPrefixes: [
        '10.20.0.0/16'
      ]
    }
    subnets: [
      {
        name: 'snet-pe'
        properties: {
          ipamPoolPrefixAllocations: [
            {
              numberOfIpAddresses: '256'
              pool: {
                id: poolId
              }
            }
          ]
        }
      }
    ]
  }
}

resource pe 'Microsoft.Network/privateEndpoints@2024-05-01' = {
  name: 'pe-pool'
  location: 'westeurope'
  properties: {
    subnet: {
      id: vnet.properties.subnets[0].id
    }
    ipConfigurations: [
      {
        name: 'vault-ip'
        properties: {
          groupId: 'vault'
          memberName: 'default'
          privateIPAddress: '10.99.1.10'
        }
      }
    ]
    privateLinkServiceConnections: [
      {
        name: 'conn'
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
