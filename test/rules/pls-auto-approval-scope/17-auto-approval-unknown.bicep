// expect: pls-auto-approval-scope 0
// The auto-approval list comes from a parameter without a value.
param autoApproved array

resource pls 'Microsoft.Network/privateLinkServices@2023-09-01' = {
  name: 'pls-auto'
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
        '00000000-0000-0000-0000-0000000000bb'
      ]
    }
    autoApproval: {
      subscriptions: autoApproved
    }
  }
}
