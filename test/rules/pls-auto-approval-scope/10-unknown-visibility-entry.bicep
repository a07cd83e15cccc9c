// expect: pls-auto-approval-scope 0
param partnerSubscriptionId string

resource pls 'Microsoft.Network/privateLinkServices@2023-09-01' = {
  name: 'pls-maybe'
  location: resourceGroup().location
  properties: {
    loadBalancerFrontendIpConfigurations: [
      {
        id: resourceId('Microsoft.Network/loadBalancers/frontendIPConfigurations', 'lb-maybe', 'fe')
      }
    ]
    ipConfigurations: [
      {
        name: 'nat-1'
        properties: {
          subnet: {
            id: resourceId('Microsoft.Network/virtualNetworks/subnets', 'vnet-maybe', 'snet-pls')
          }
        }
      }
    ]
    visibility: {
      subscriptions: [
        partnerSubscriptionId
      ]
    }
    autoApproval: {
      subscriptions: [
        '44444444-5555-6666-7777-888888888888'
      ]
    }
  }
}
