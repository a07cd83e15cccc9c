// expect: pls-standard-load-balancer 0
// A Basic load balancer that no Private Link service uses; the service uses another, Standard one.
resource basic 'Microsoft.Network/loadBalancers@2023-09-01' = {
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

resource standard 'Microsoft.Network/loadBalancers@2023-09-01' = {
  name: 'lb-standard'
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
        id: standard.properties.frontendIPConfigurations[0].id
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
