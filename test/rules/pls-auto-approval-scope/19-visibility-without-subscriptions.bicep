// expect: pls-auto-approval-scope 1
// expect-message: visibility lists no subscriptions
// expect-related: 26: The service's visibility
// A visibility object without subscriptions admits none, so an auto-approved subscription cannot even see the service.
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
    visibility: {}
    autoApproval: {
      subscriptions: [
        '99999999-8888-7777-6666-555555555555'
      ]
    }
  }
}
