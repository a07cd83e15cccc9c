// expect: pls-nat-ip-count 0
param location string = resourceGroup().location
param natIpAddresses array
param natSubnetId string

resource pls 'Microsoft.Network/privateLinkServices@2023-09-01' = {
  name: 'pls-static-nat'
  location: location
  properties: {
    loadBalancerFrontendIpConfigurations: [
      {
        id: resourceId('Microsoft.Network/loadBalancers/frontendIPConfigurations', 'lb-app', 'fe-app')
      }
    ]
    ipConfigurations: [for (ip, i) in natIpAddresses: {
      name: 'nat-${i}'
      properties: {
        primary: i == 0
        privateIPAllocationMethod: 'Static'
        privateIPAddress: ip
        subnet: {
          id: natSubnetId
        }
      }
    }]
  }
}
