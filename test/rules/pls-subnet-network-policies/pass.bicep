@description('Properties of a subnet computed by the caller: unknown here.')
param subnetProperties object

@description('The policy chosen at deployment: unknown here.')
param plsPolicies string

resource vnet 'Microsoft.Network/virtualNetworks@2024-05-01' = {
  name: 'vnet-prov'
  location: 'westeurope'
  properties: {
    addressSpace: {
      addressPrefixes: [
        '10.2.0.0/16'
      ]
    }
    subnets: [
      {
        name: 'snet-app'
        properties: {
          addressPrefix: '10.2.1.0/24'
        }
      }
      {
        name: 'snet-pls'
        properties: {
          addressPrefix: '10.2.3.0/27'
          privateLinkServiceNetworkPolicies: 'Disabled'
        }
      }
      {
        name: 'snet-computed'
        properties: subnetProperties
      }
      {
        name: 'snet-param'
        properties: {
          addressPrefix: '10.2.5.0/27'
          privateLinkServiceNetworkPolicies: plsPolicies
        }
      }
    ]
  }
}

// A subnet of a network declared elsewhere: not judged.
resource otherVnet 'Microsoft.Network/virtualNetworks@2024-05-01' existing = {
  name: 'vnet-elsewhere'

  resource plsSubnet 'subnets' existing = {
    name: 'snet-pls'
  }
}

var natSubnetIds = [
  vnet.properties.subnets[1].id
  vnet.properties.subnets[2].id
  vnet.properties.subnets[3].id
  otherVnet::plsSubnet.id
]

resource pls 'Microsoft.Network/privateLinkServices@2024-05-01' = {
  name: 'pls-api'
  location: 'westeurope'
  properties: {
    loadBalancerFrontendIpConfigurations: [
      {
        id: resourceId('Microsoft.Network/loadBalancers/frontendIPConfigurations', 'lb-api', 'fe-internal')
      }
    ]
    ipConfigurations: [for (subnetId, i) in natSubnetIds: {
      name: 'nat-${i + 1}'
      properties: {
        subnet: {
          id: subnetId
        }
      }
    }]
  }
}
