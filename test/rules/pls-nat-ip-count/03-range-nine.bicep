// expect: pls-nat-ip-count 1
param location string = resourceGroup().location
param natSubnetId string
param frontendId string

resource pls 'Microsoft.Network/privateLinkServices@2023-09-01' = {
  name: 'pls-highscale'
  location: location
  properties: {
    loadBalancerFrontendIpConfigurations: [
      {
        id: frontendId
      }
    ]
    ipConfigurations: [for i in range(0, 9): {
      name: 'nat-${i + 1}'
      properties: {
        primary: i == 0
        privateIPAllocationMethod: 'Dynamic'
        subnet: {
          id: natSubnetId
        }
      }
    }]
  }
}
