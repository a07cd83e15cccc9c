// expect: pls-auto-approval-scope 0
// Visibility comes from a parameter without a value, or holds an entry that might equal the auto-approved one.
param visibleSubscriptions array
param partnerSubscription string

resource plsList 'Microsoft.Network/privateLinkServices@2023-09-01' = {
  name: 'pls-list'
  location: 'westeurope'
  properties: {
    loadBalancerFrontendIpConfigurations: [
      {
        id: resourceId('Microsoft.Network/loadBalancers/frontendIPConfigurations', 'lb-app', 'fe')
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
    visibility: {
      subscriptions: visibleSubscriptions
    }
    autoApproval: {
      subscriptions: [
        '00000000-0000-0000-0000-0000000000aa'
      ]
    }
  }
}

resource plsEntry 'Microsoft.Network/privateLinkServices@2023-09-01' = {
  name: 'pls-entry'
  location: 'westeurope'
  properties: {
    loadBalancerFrontendIpConfigurations: [
      {
        id: resourceId('Microsoft.Network/loadBalancers/frontendIPConfigurations', 'lb-app', 'fe')
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
    visibility: {
      subscriptions: [
        partnerSubscription
      ]
    }
    autoApproval: {
      subscriptions: [
        '00000000-0000-0000-0000-0000000000aa'
      ]
    }
  }
}
