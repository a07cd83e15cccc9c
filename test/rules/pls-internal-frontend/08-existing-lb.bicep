// expect: pls-internal-frontend 0
param natSubnetId string

resource lb 'Microsoft.Network/loadBalancers@2023-09-01' existing = {
  name: 'lb-internet-facing'
}

resource pls 'Microsoft.Network/privateLinkServices@2023-09-01' = {
  name: 'pls-existing-lb'
  location: resourceGroup().location
  properties: {
    loadBalancerFrontendIpConfigurations: [
      {
        id: '${lb.id}/frontendIPConfigurations/fe-public'
      }
    ]
    ipConfigurations: [
      {
        name: 'nat-1'
        properties: {
          subnet: {
            id: natSubnetId
          }
        }
      }
    ]
  }
}
