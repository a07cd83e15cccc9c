// expect: pls-nat-ip-count 1
// expect-message: natConfigCount
@minValue(1)
param natConfigCount int = 10
param natSubnetId string

resource pls 'Microsoft.Network/privateLinkServices@2023-09-01' = {
  name: 'pls-scaled'
  location: resourceGroup().location
  properties: {
    loadBalancerFrontendIpConfigurations: [
      {
        id: resourceId('Microsoft.Network/loadBalancers/frontendIPConfigurations', 'lb-scaled', 'fe')
      }
    ]
    ipConfigurations: [for i in range(0, natConfigCount): {
      name: 'nat-${i}'
      properties: {
        primary: i == 0
        subnet: {
          id: natSubnetId
        }
      }
    }]
  }
}
