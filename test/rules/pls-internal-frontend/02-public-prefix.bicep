// expect: pls-internal-frontend 1
// expect-line: 27
param location string = resourceGroup().location

resource prefix 'Microsoft.Network/publicIPPrefixes@2023-09-01' = {
  name: 'ippre-egress'
  location: location
  sku: {
    name: 'Standard'
  }
  properties: {
    prefixLength: 30
  }
}

resource lb 'Microsoft.Network/loadBalancers@2023-09-01' = {
  name: 'lb-prefix'
  location: location
  sku: {
    name: 'Standard'
  }
  properties: {
    frontendIPConfigurations: [
      {
        name: 'fe-prefix'
        properties: {
          publicIPPrefix: {
            id: prefix.id
          }
        }
      }
    ]
  }
}

resource pls 'Microsoft.Network/privateLinkServices@2023-09-01' = {
  name: 'pls-prefix'
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
            id: resourceId('Microsoft.Network/virtualNetworks/subnets', 'vnet-prefix', 'snet-pls')
          }
        }
      }
    ]
  }
}
