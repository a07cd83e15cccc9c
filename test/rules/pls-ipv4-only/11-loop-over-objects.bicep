// expect: pls-ipv4-only 1
// expect-line: 29
param natSubnetId string

var natIps = [
  {
    name: 'nat-v4'
    version: 'IPv4'
  }
  {
    name: 'nat-v6'
    version: 'IPv6'
  }
]

resource pls 'Microsoft.Network/privateLinkServices@2023-09-01' = {
  name: 'pls-objects'
  location: resourceGroup().location
  properties: {
    loadBalancerFrontendIpConfigurations: [
      {
        id: resourceId('Microsoft.Network/loadBalancers/frontendIPConfigurations', 'lb-objects', 'fe')
      }
    ]
    ipConfigurations: [for (nat, i) in natIps: {
      name: nat.name
      properties: {
        primary: i == 0
        privateIPAddressVersion: nat.version
        subnet: {
          id: natSubnetId
        }
      }
    }]
  }
}
