// expect: pls-same-region 0
resource lbLocal 'Microsoft.Network/loadBalancers@2023-09-01' = {
  name: 'lb-core'
  location: 'northeurope'
  sku: {
    name: 'Standard'
  }
  properties: {
    frontendIPConfigurations: [
      {
        name: 'fe'
        properties: {
          subnet: {
            id: resourceId('Microsoft.Network/virtualNetworks/subnets', 'vnet-ne', 'snet-app')
          }
        }
      }
    ]
  }
}

resource pls 'Microsoft.Network/privateLinkServices@2023-09-01' = {
  name: 'pls-core'
  location: 'westeurope'
  properties: {
    loadBalancerFrontendIpConfigurations: [
      {
        id: resourceId('11111111-1111-1111-1111-111111111111', 'rg-core', 'Microsoft.Network/loadBalancers/frontendIPConfigurations', 'lb-core', 'fe')
      }
    ]
    ipConfigurations: [
      {
        name: 'nat-1'
        properties: {
          subnet: {
            id: resourceId('11111111-1111-1111-1111-111111111111', 'rg-core', 'Microsoft.Network/virtualNetworks/subnets', 'vnet-core', 'snet-pls')
          }
        }
      }
    ]
  }
}
