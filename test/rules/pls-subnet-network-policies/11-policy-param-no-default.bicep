// expect: pls-subnet-network-policies 0
param location string = resourceGroup().location
param plsNetworkPolicies string

resource vnet 'Microsoft.Network/virtualNetworks@2023-09-01' = {
  name: 'vnet-param'
  location: location
  properties: {
    addressSpace: {
      addressPrefixes: [
        '10.18.0.0/16'
      ]
    }
    subnets: [
      {
        name: 'snet-nat'
        properties: {
          addressPrefix: '10.18.1.0/27'
          privateLinkServiceNetworkPolicies: plsNetworkPolicies
        }
      }
    ]
  }
}

resource pls 'Microsoft.Network/privateLinkServices@2023-09-01' = {
  name: 'pls-param'
  location: location
  properties: {
    loadBalancerFrontendIpConfigurations: [
      {
        id: resourceId('Microsoft.Network/loadBalancers/frontendIPConfigurations', 'lb-param', 'fe')
      }
    ]
    ipConfigurations: [
      {
        name: 'nat-1'
        properties: {
          subnet: {
            id: '${vnet.id}/subnets/snet-nat'
          }
        }
      }
    ]
  }
}
