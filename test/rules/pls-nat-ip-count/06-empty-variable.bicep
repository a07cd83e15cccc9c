// expect: pls-nat-ip-count 1
param location string = resourceGroup().location

var natConfigurations = []

resource pls 'Microsoft.Network/privateLinkServices@2023-09-01' = {
  name: 'pls-empty-nat'
  location: location
  properties: {
    loadBalancerFrontendIpConfigurations: [
      {
        id: resourceId('Microsoft.Network/loadBalancers/frontendIPConfigurations', 'lb-app', 'fe-app')
      }
    ]
    ipConfigurations: natConfigurations
  }
}
