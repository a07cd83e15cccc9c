resource lb 'Microsoft.Network/loadBalancers@2024-05-01' existing = {
  name: 'lb-api'
}

resource vnet 'Microsoft.Network/virtualNetworks@2024-05-01' existing = {
  name: 'vnet-prov'

  resource plsSubnet 'subnets' existing = {
    name: 'snet-pls'
  }
}

resource pls 'Microsoft.Network/privateLinkServices@2024-05-01' = {
  name: 'pls-api'
  location: 'westeurope'
  properties: {
    loadBalancerFrontendIpConfigurations: [
      {
        id: '${lb.id}/frontendIPConfigurations/fe-internal'
      }
    ]
    ipConfigurations: [
      {
        name: 'nat-1'
        properties: {
          subnet: {
            id: vnet::plsSubnet.id
          }
        }
      }
    ]
    // Anyone who knows the alias can find the service and ask to connect.
    visibility: {
      subscriptions: [
        '*'
      ]
    }
    autoApproval: {
      subscriptions: [
        subscription().subscriptionId
      ]
    }
  }
}
