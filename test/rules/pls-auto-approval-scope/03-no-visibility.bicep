// expect: pls-auto-approval-scope 1
param location string = resourceGroup().location

resource pls 'Microsoft.Network/privateLinkServices@2023-09-01' = {
  name: 'pls-self'
  location: location
  properties: {
    loadBalancerFrontendIpConfigurations: [
      {
        id: resourceId('Microsoft.Network/loadBalancers/frontendIPConfigurations', 'lb-self', 'fe')
      }
    ]
    ipConfigurations: [
      {
        name: 'nat-1'
        properties: {
          subnet: {
            id: resourceId('Microsoft.Network/virtualNetworks/subnets', 'vnet-self', 'snet-pls')
          }
        }
      }
    ]
    autoApproval: {
      subscriptions: [
        subscription().subscriptionId
      ]
    }
  }
}
