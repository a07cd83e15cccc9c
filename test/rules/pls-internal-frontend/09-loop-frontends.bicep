// expect: pls-internal-frontend 1
var frontends = [
  {
    name: 'fe-private'
    properties: {
      subnet: {
        id: resourceId('Microsoft.Network/virtualNetworks/subnets', 'vnet-loopfe', 'snet-app')
      }
    }
  }
  {
    name: 'fe-public'
    properties: {
      publicIPAddress: {
        id: resourceId('Microsoft.Network/publicIPAddresses', 'pip-loopfe')
      }
    }
  }
]

resource lb 'Microsoft.Network/loadBalancers@2023-09-01' = {
  name: 'lb-loopfe'
  location: resourceGroup().location
  sku: {
    name: 'Standard'
  }
  properties: {
    frontendIPConfigurations: [for fe in frontends: {
      name: fe.name
      properties: fe.properties
    }]
  }
}

resource pls 'Microsoft.Network/privateLinkServices@2023-09-01' = {
  name: 'pls-loopfe'
  location: resourceGroup().location
  properties: {
    loadBalancerFrontendIpConfigurations: [
      {
        id: resourceId('Microsoft.Network/loadBalancers/frontendIPConfigurations', 'lb-loopfe', 'fe-public')
      }
    ]
    ipConfigurations: [
      {
        name: 'nat-1'
        properties: {
          subnet: {
            id: resourceId('Microsoft.Network/virtualNetworks/subnets', 'vnet-loopfe', 'snet-pls')
          }
        }
      }
    ]
  }
}
