// expect: pls-visibility-everyone 0
// Explicit ids, the deploying subscription, an empty list, or no visibility: only named or authorized subscriptions see it.
resource plsIds 'Microsoft.Network/privateLinkServices@2023-09-01' = {
  name: 'pls-ids'
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
        '00000000-0000-0000-0000-0000000000aa'
        subscription().subscriptionId
      ]
    }
  }
}

resource plsEmpty 'Microsoft.Network/privateLinkServices@2023-09-01' = {
  name: 'pls-empty'
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
      subscriptions: []
    }
  }
}

resource plsNone 'Microsoft.Network/privateLinkServices@2023-09-01' = {
  name: 'pls-none'
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
  }
}
