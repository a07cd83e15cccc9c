// expect: pls-auto-approval-scope 0
param partnerSubscriptionId string

resource pls 'Microsoft.Network/privateLinkServices@2023-09-01' = {
  name: 'pls-same'
  location: resourceGroup().location
  properties: {
    loadBalancerFrontendIpConfigurations: [
      {
        id: resourceId('Microsoft.Network/loadBalancers/frontendIPConfigurations', 'lb-same', 'fe')
      }
    ]
    ipConfigurations: [
      {
        name: 'nat-1'
        properties: {
          subnet: {
            id: resourceId('Microsoft.Network/virtualNetworks/subnets', 'vnet-same', 'snet-pls')
          }
        }
      }
    ]
    visibility: {
      subscriptions: [
        subscription().subscriptionId
        partnerSubscriptionId
      ]
    }
    autoApproval: {
      subscriptions: [
        subscription().subscriptionId
        partnerSubscriptionId
      ]
    }
  }
}
