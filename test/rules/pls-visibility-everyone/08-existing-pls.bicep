// expect: pls-visibility-everyone 0
param consumerSubscriptions array = [
  subscription().subscriptionId
]

resource shared 'Microsoft.Network/privateLinkServices@2023-09-01' existing = {
  name: 'pls-shared'
}

resource pls 'Microsoft.Network/privateLinkServices@2023-09-01' = {
  name: 'pls-scoped'
  location: resourceGroup().location
  properties: {
    loadBalancerFrontendIpConfigurations: [
      {
        id: resourceId('Microsoft.Network/loadBalancers/frontendIPConfigurations', 'lb-scoped', 'fe')
      }
    ]
    ipConfigurations: [
      {
        name: 'nat-1'
        properties: {
          subnet: {
            id: resourceId('Microsoft.Network/virtualNetworks/subnets', 'vnet-scoped', 'snet-pls')
          }
        }
      }
    ]
    visibility: {
      subscriptions: consumerSubscriptions
    }
    autoApproval: {
      subscriptions: consumerSubscriptions
    }
  }
}

output sharedAlias string = shared.properties.alias
