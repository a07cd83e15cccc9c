// expect: pls-subnet-network-policies 1
param location string = resourceGroup().location

var subnetDefaults = {
  privateEndpointNetworkPolicies: 'Disabled'
  defaultOutboundAccess: false
}

resource vnet 'Microsoft.Network/virtualNetworks@2023-09-01' = {
  name: 'vnet-union'
  location: location
  properties: {
    addressSpace: {
      addressPrefixes: [
        '10.19.0.0/16'
      ]
    }
  }
}

resource natSubnet 'Microsoft.Network/virtualNetworks/subnets@2023-09-01' = {
  parent: vnet
  name: 'snet-nat'
  properties: union(subnetDefaults, {
    addressPrefix: '10.19.1.0/27'
  })
}

resource pls 'Microsoft.Network/privateLinkServices@2023-09-01' = {
  name: 'pls-union'
  location: location
  properties: {
    loadBalancerFrontendIpConfigurations: [
      {
        id: resourceId('Microsoft.Network/loadBalancers/frontendIPConfigurations', 'lb-union', 'fe')
      }
    ]
    ipConfigurations: [
      {
        name: 'nat-1'
        properties: {
          subnet: {
            id: natSubnet.id
          }
        }
      }
    ]
  }
}
