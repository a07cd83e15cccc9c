@description('Subscriptions that may see the service, given at deployment.')
param visibleTo array

var frontendId = resourceId('Microsoft.Network/loadBalancers/frontendIPConfigurations', 'lb-api', 'fe-internal')
var natSubnetId = resourceId('Microsoft.Network/virtualNetworks/subnets', 'vnet-prov', 'snet-pls')

// An explicit list of subscriptions.
resource pls 'Microsoft.Network/privateLinkServices@2024-05-01' = {
  name: 'pls-api'
  location: 'westeurope'
  properties: {
    loadBalancerFrontendIpConfigurations: [
      {
        id: frontendId
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
        '00000000-0000-0000-0000-000000000001'
        subscription().subscriptionId
      ]
    }
  }
}

resource plsParam 'Microsoft.Network/privateLinkServices@2024-05-01' = {
  name: 'pls-param'
  location: 'westeurope'
  properties: {
    loadBalancerFrontendIpConfigurations: [
      {
        id: resourceId('Microsoft.Network/loadBalancers/frontendIPConfigurations', 'lb-api', 'fe-2')
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
      subscriptions: visibleTo
    }
  }
}
