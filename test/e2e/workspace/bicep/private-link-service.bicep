// e2e fixture: a Private Link service on a load balancer without a SKU (Basic by default).

resource vnet 'Microsoft.Network/virtualNetworks@2023-11-01' = {
  name: 'vnet-e2e-provider'
  location: 'westeurope'
  properties: {
    addressSpace: {
      addressPrefixes: ['10.50.0.0/16']
    }
    subnets: [
      {
        name: 'snet-frontend'
        properties: {
          addressPrefix: '10.50.1.0/24'
          privateLinkServiceNetworkPolicies: 'Disabled'
        }
      }
    ]
  }
}

resource lb 'Microsoft.Network/loadBalancers@2023-11-01' = {
  name: 'lb-e2e'
  location: 'westeurope'
  properties: {
    frontendIPConfigurations: [
      {
        name: 'frontend'
        properties: {
          subnet: {
            id: vnet.properties.subnets[0].id
          }
        }
      }
    ]
  }
}

resource pls 'Microsoft.Network/privateLinkServices@2023-11-01' = {
  name: 'pls-e2e'
  location: 'westeurope'
  properties: {
    loadBalancerFrontendIpConfigurations: [
      {
        id: lb.properties.frontendIPConfigurations[0].id
      }
    ]
    ipConfigurations: [
      {
        name: 'nat'
        properties: {
          privateIPAllocationMethod: 'Dynamic'
          subnet: {
            id: vnet.properties.subnets[0].id
          }
        }
      }
    ]
    visibility: {
      subscriptions: ['00000000-0000-0000-0000-000000000000']
    }
  }
}
