// expect: pls-per-load-balancer 0
param location string = resourceGroup().location
param consumerNames array
param natSubnetId string

resource lb 'Microsoft.Network/loadBalancers@2023-09-01' = {
  name: 'lb-partners'
  location: location
  sku: {
    name: 'Standard'
  }
  properties: {
    frontendIPConfigurations: [
      {
        name: 'fe-partners'
        properties: {
          subnet: {
            id: resourceId('Microsoft.Network/virtualNetworks/subnets', 'vnet-partners', 'snet-app')
          }
        }
      }
    ]
  }
}

resource services 'Microsoft.Network/privateLinkServices@2023-09-01' = [for name in consumerNames: {
  name: 'pls-${name}'
  location: location
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
}]
