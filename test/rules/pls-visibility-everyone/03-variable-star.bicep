// expect: pls-visibility-everyone 1
param location string = resourceGroup().location

var everyone = '*'
var exposure = {
  visibility: {
    subscriptions: [
      everyone
    ]
  }
}

resource pls 'Microsoft.Network/privateLinkServices@2023-09-01' = {
  name: 'pls-marketplace'
  location: location
  properties: {
    loadBalancerFrontendIpConfigurations: [
      {
        id: resourceId('Microsoft.Network/loadBalancers/frontendIPConfigurations', 'lb-market', 'fe')
      }
    ]
    ipConfigurations: [
      {
        name: 'nat-1'
        properties: {
          subnet: {
            id: resourceId('Microsoft.Network/virtualNetworks/subnets', 'vnet-market', 'snet-pls')
          }
        }
      }
    ]
    visibility: exposure.visibility
  }
}
