// expect: pls-same-region 1
resource vnet 'Microsoft.Network/virtualNetworks@2023-09-01' = {
  name: 'vnet-dr'
  location: 'northeurope'
  properties: {
    addressSpace: {
      addressPrefixes: [
        '10.21.0.0/16'
      ]
    }
    subnets: [
      {
        name: 'snet-pls'
        properties: {
          addressPrefix: '10.21.1.0/27'
          privateLinkServiceNetworkPolicies: 'Disabled'
        }
      }
    ]
  }
}

resource lb 'Microsoft.Network/loadBalancers@2023-09-01' = {
  name: 'lb-dr'
  location: 'westeurope'
  sku: {
    name: 'Standard'
  }
  properties: {
    frontendIPConfigurations: [
      {
        name: 'fe'
        properties: {
          subnet: {
            id: resourceId('Microsoft.Network/virtualNetworks/subnets', 'vnet-primary', 'snet-app')
          }
        }
      }
    ]
  }
}

resource pls 'Microsoft.Network/privateLinkServices@2023-09-01' = {
  name: 'pls-dr'
  location: 'West Europe'
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
            id: vnet.properties.subnets[0].id
          }
        }
      }
    ]
  }
}
