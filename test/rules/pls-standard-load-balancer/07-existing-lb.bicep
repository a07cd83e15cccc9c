// expect: pls-standard-load-balancer 0
param lbName string
param natSubnetId string

resource lb 'Microsoft.Network/loadBalancers@2023-09-01' existing = {
  name: lbName
}

resource pls 'Microsoft.Network/privateLinkServices@2023-09-01' = {
  name: 'pls-${lbName}'
  location: resourceGroup().location
  properties: {
    loadBalancerFrontendIpConfigurations: [
      {
        id: lb.properties.frontendIPConfigurations[0].id
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
