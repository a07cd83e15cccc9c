// expect: pls-ipv4-only 0
param natSubnetId string
param natCount int

resource pls 'Microsoft.Network/privateLinkServices@2023-09-01' = {
  name: 'pls-loop'
  location: resourceGroup().location
  properties: {
    loadBalancerFrontendIpConfigurations: [
      {
        id: resourceId('Microsoft.Network/loadBalancers/frontendIPConfigurations', 'lb-loop', 'fe')
      }
    ]
    ipConfigurations: [for i in range(0, natCount): {
      name: 'nat-${i}'
      properties: {
        primary: i == 0
        privateIPAddressVersion: 'IPv4'
        subnet: {
          id: natSubnetId
        }
      }
    }]
  }
}
