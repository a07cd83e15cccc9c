// expect: pls-per-load-balancer 0
// One pair of services names its frontend by a parameter without a value; another pair uses an existing load
// balancer declared elsewhere.
param frontendId string

resource lb 'Microsoft.Network/loadBalancers@2023-09-01' existing = {
  name: 'lb-shared'
}

resource plsA 'Microsoft.Network/privateLinkServices@2023-09-01' = {
  name: 'pls-a'
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

resource plsB 'Microsoft.Network/privateLinkServices@2023-09-01' = {
  name: 'pls-b'
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

resource plsC 'Microsoft.Network/privateLinkServices@2023-09-01' = {
  name: 'pls-c'
  location: 'westeurope'
  properties: {
    loadBalancerFrontendIpConfigurations: [
      {
        id: resourceId('Microsoft.Network/loadBalancers/frontendIPConfigurations', 'lb-shared', 'fe-api')
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

resource plsD 'Microsoft.Network/privateLinkServices@2023-09-01' = {
  name: 'pls-d'
  location: 'westeurope'
  properties: {
    loadBalancerFrontendIpConfigurations: [
      {
        id: resourceId('Microsoft.Network/loadBalancers/frontendIPConfigurations', 'lb-shared', 'fe-api')
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
