// expect: pls-nat-ip-count 0
param location string = resourceGroup().location
param highAvailability bool
param natSubnetId string

resource pls 'Microsoft.Network/privateLinkServices@2023-09-01' = {
  name: 'pls-ha'
  location: location
  properties: {
    loadBalancerFrontendIpConfigurations: [
      {
        id: resourceId('Microsoft.Network/loadBalancers/frontendIPConfigurations', 'lb-ha', 'fe')
      }
    ]
    ipConfigurations: [for i in range(0, highAvailability ? 4 : 1): {
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
