// expect: pls-per-load-balancer 0
param location string = resourceGroup().location

resource lb 'Microsoft.Network/loadBalancers@2023-09-01' = {
  name: 'lb-multi'
  location: location
  sku: {
    name: 'Standard'
  }
  properties: {
    frontendIPConfigurations: [for i in range(0, 8): {
      name: 'fe-${i}'
      properties: {
        subnet: {
          id: resourceId('Microsoft.Network/virtualNetworks/subnets', 'vnet-multi', 'snet-app')
        }
      }
    }]
  }
}

resource services 'Microsoft.Network/privateLinkServices@2023-09-01' = [for i in range(0, 8): {
  name: 'pls-multi-${i}'
  location: location
  properties: {
    loadBalancerFrontendIpConfigurations: [
      {
        id: lb.properties.frontendIPConfigurations[i].id
      }
    ]
    ipConfigurations: [
      {
        name: 'nat-1'
        properties: {
          subnet: {
            id: resourceId('Microsoft.Network/virtualNetworks/subnets', 'vnet-multi', 'snet-pls')
          }
        }
      }
    ]
  }
}]
