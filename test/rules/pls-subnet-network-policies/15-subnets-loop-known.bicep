// expect: pls-subnet-network-policies 1
param location string = resourceGroup().location

var subnetDefinitions = [
  {
    name: 'snet-app'
    prefix: '10.26.0.0/24'
    plsPolicies: 'Enabled'
  }
  {
    name: 'snet-nat'
    prefix: '10.26.1.0/27'
    plsPolicies: 'Enabled'
  }
]

resource vnet 'Microsoft.Network/virtualNetworks@2023-09-01' = {
  name: 'vnet-loop'
  location: location
  properties: {
    addressSpace: {
      addressPrefixes: [
        '10.26.0.0/16'
      ]
    }
    subnets: [for s in subnetDefinitions: {
      name: s.name
      properties: {
        addressPrefix: s.prefix
        privateLinkServiceNetworkPolicies: s.plsPolicies
      }
    }]
  }
}

resource pls 'Microsoft.Network/privateLinkServices@2023-09-01' = {
  name: 'pls-loop'
  location: location
  properties: {
    loadBalancerFrontendIpConfigurations: [
      {
        id: resourceId('Microsoft.Network/loadBalancers/frontendIPConfigurations', 'lb-loop', 'fe')
      }
    ]
    ipConfigurations: [
      {
        name: 'nat-1'
        properties: {
          subnet: {
            id: resourceId('Microsoft.Network/virtualNetworks/subnets', 'vnet-loop', 'snet-nat')
          }
        }
      }
    ]
  }
}
