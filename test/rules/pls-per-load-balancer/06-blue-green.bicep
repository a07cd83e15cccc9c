// expect: pls-per-load-balancer 0
param location string = resourceGroup().location
param useBlue bool
param natSubnetId string

resource lb 'Microsoft.Network/loadBalancers@2023-09-01' = {
  name: 'lb-checkout'
  location: location
  sku: {
    name: 'Standard'
  }
  properties: {
    frontendIPConfigurations: [
      {
        name: 'fe-checkout'
        properties: {
          subnet: {
            id: resourceId('Microsoft.Network/virtualNetworks/subnets', 'vnet-checkout', 'snet-app')
          }
        }
      }
    ]
  }
}

resource plsBlue 'Microsoft.Network/privateLinkServices@2023-09-01' = if (useBlue) {
  name: 'pls-checkout-blue'
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
}

resource plsGreen 'Microsoft.Network/privateLinkServices@2023-09-01' = if (!useBlue) {
  name: 'pls-checkout-green'
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
}
