// expect: pls-visibility-everyone 1
// expect-message: visibleToSubscriptions
@description('Subscriptions that can see the service.')
param visibleToSubscriptions array = [
  '*'
]
param natSubnetId string

resource pls 'Microsoft.Network/privateLinkServices@2023-09-01' = {
  name: 'pls-partner-api'
  location: resourceGroup().location
  properties: {
    loadBalancerFrontendIpConfigurations: [
      {
        id: resourceId('Microsoft.Network/loadBalancers/frontendIPConfigurations', 'lb-partner', 'fe')
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
      subscriptions: visibleToSubscriptions
    }
  }
}
