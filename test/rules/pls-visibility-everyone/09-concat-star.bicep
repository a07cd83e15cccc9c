// expect: pls-visibility-everyone 1
// expect-message: openToAll
param partnerSubscriptions array = []
param openToAll bool = true

resource pls 'Microsoft.Network/privateLinkServices@2023-09-01' = {
  name: 'pls-concat'
  location: resourceGroup().location
  properties: {
    loadBalancerFrontendIpConfigurations: [
      {
        id: resourceId('Microsoft.Network/loadBalancers/frontendIPConfigurations', 'lb-concat', 'fe')
      }
    ]
    ipConfigurations: [
      {
        name: 'nat-1'
        properties: {
          subnet: {
            id: resourceId('Microsoft.Network/virtualNetworks/subnets', 'vnet-concat', 'snet-pls')
          }
        }
      }
    ]
    visibility: {
      subscriptions: openToAll ? concat(partnerSubscriptions, ['*']) : partnerSubscriptions
    }
  }
}
