// expect: pls-nat-ip-count 1
param location string = resourceGroup().location
param frontendId string

resource pls 'Microsoft.Network/privateLinkServices@2023-09-01' = {
  name: 'pls-catalog'
  location: location
  properties: {
    loadBalancerFrontendIpConfigurations: [
      {
        id: frontendId
      }
    ]
    visibility: {
      subscriptions: [
        subscription().subscriptionId
      ]
    }
    fqdns: [
      'catalog.contoso.internal'
    ]
  }
}
