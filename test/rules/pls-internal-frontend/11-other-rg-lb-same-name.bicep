// expect: pls-internal-frontend 0
resource lbPublic 'Microsoft.Network/loadBalancers@2023-09-01' = {
  name: 'lb-edge'
  location: resourceGroup().location
  sku: {
    name: 'Standard'
  }
  properties: {
    frontendIPConfigurations: [
      {
        name: 'fe'
        properties: {
          publicIPAddress: {
            id: resourceId('Microsoft.Network/publicIPAddresses', 'pip-edge')
          }
        }
      }
    ]
  }
}

resource pls 'Microsoft.Network/privateLinkServices@2023-09-01' = {
  name: 'pls-edge'
  location: resourceGroup().location
  properties: {
    loadBalancerFrontendIpConfigurations: [
      {
        id: resourceId('rg-internal-lbs', 'Microsoft.Network/loadBalancers/frontendIPConfigurations', 'lb-edge', 'fe')
      }
    ]
    ipConfigurations: [
      {
        name: 'nat-1'
        properties: {
          subnet: {
            id: resourceId('rg-internal-lbs', 'Microsoft.Network/virtualNetworks/subnets', 'vnet-internal', 'snet-pls')
          }
        }
      }
    ]
  }
}
