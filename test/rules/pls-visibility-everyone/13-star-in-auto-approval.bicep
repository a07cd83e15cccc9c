// expect: pls-visibility-everyone 0
// '*' in autoApproval is pls-auto-approval-scope's finding, not this rule's.
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
        '00000000-0000-0000-0000-0000000000aa'
      ]
    }
    autoApproval: {
      subscriptions: [
        '*'
      ]
    }
  }
}
