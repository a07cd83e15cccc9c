// expect: pls-auto-approval-scope 0
// One '*' among the visibility entries makes the service visible to every subscription, so every auto-approved one
// can see it (whatever else is listed).
param natSubnetId string

resource pls 'Microsoft.Network/privateLinkServices@2023-09-01' = {
  name: 'pls-fin'
  location: resourceGroup().location
  properties: {
    loadBalancerFrontendIpConfigurations: [
      {
        id: resourceId('Microsoft.Network/loadBalancers/frontendIPConfigurations', 'lb-fin', 'fe')
      }
    ]
    ipConfigurations: [
      {
        name: 'nat-1'
        properties: {
          subnet: {
            id: natSubnetId
          }
        }
      }
    ]
    visibility: {
      subscriptions: [
        '11111111-2222-3333-4444-555555555555'
        '*'
      ]
    }
    autoApproval: {
      subscriptions: [
        '99999999-8888-7777-6666-555555555555'
      ]
    }
  }
}
