// expect: pls-subnet-network-policies 1
// expect-line: 19
param createNetwork bool = true

resource vnet 'Microsoft.Network/virtualNetworks@2023-09-01' = if (createNetwork) {
  name: 'vnet-opt'
  location: resourceGroup().location
  properties: {
    addressSpace: {
      addressPrefixes: [
        '10.28.0.0/16'
      ]
    }
    subnets: [
      {
        name: 'snet-nat'
        properties: {
          addressPrefix: '10.28.1.0/27'
          privateLinkServiceNetworkPolicies: 'Enabled'
        }
      }
    ]
  }
}

resource pls 'Microsoft.Network/privateLinkServices@2023-09-01' = {
  name: 'pls-opt'
  location: resourceGroup().location
  properties: {
    loadBalancerFrontendIpConfigurations: [
      {
        id: resourceId('Microsoft.Network/loadBalancers/frontendIPConfigurations', 'lb-opt', 'fe')
      }
    ]
    ipConfigurations: [
      {
        name: 'nat-1'
        properties: {
          subnet: {
            id: resourceId('Microsoft.Network/virtualNetworks/subnets', 'vnet-opt', 'snet-nat')
          }
        }
      }
    ]
  }
}
