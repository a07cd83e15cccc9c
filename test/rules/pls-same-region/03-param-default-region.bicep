// expect: pls-same-region 1
// expect-message: plsLocation
param plsLocation string = 'eastus'

resource lb 'Microsoft.Network/loadBalancers@2023-09-01' = {
  name: 'lb-east'
  location: 'westus'
  sku: {
    name: 'Standard'
  }
  properties: {
    frontendIPConfigurations: [
      {
        name: 'fe'
        properties: {
          subnet: {
            id: resourceId('Microsoft.Network/virtualNetworks/subnets', 'vnet-east', 'snet-app')
          }
        }
      }
    ]
  }
}

resource pls 'Microsoft.Network/privateLinkServices@2023-09-01' = {
  name: 'pls-east'
  location: plsLocation
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
            id: resourceId('Microsoft.Network/virtualNetworks/subnets', 'vnet-east', 'snet-pls')
          }
        }
      }
    ]
  }
}
