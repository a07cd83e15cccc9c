// expect: pls-standard-load-balancer 0
// The service's frontend id is a parameter without a value: it cannot be resolved to the Basic load balancer.
param frontendId string

resource lb 'Microsoft.Network/loadBalancers@2023-09-01' = {
  name: 'lb-basic'
  location: 'westeurope'
  sku: {
    name: 'Basic'
  }
  properties: {
    frontendIPConfigurations: [
      {
        name: 'fe'
        properties: {
          subnet: {
            id: resourceId('Microsoft.Network/virtualNetworks/subnets', 'vnet-app', 'snet-app')
          }
        }
      }
    ]
  }
}

resource pls 'Microsoft.Network/privateLinkServices@2023-09-01' = {
  name: 'pls-app'
  location: 'westeurope'
  properties: {
    loadBalancerFrontendIpConfigurations: [
      {
        id: frontendId
      }
    ]
    ipConfigurations: [
      {
        name: 'nat-1'
        properties: {
          subnet: {
            id: resourceId('Microsoft.Network/virtualNetworks/subnets', 'vnet-app', 'snet-nat')
          }
        }
      }
    ]
  }
}
