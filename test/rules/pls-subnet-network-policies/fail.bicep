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
        // privateLinkServiceNetworkPolicies not set: it defaults to 'Enabled'.
        name: 'snet-pls'
        properties: {
          addressPrefix: '10.2.3.0/27'
        }
      }
    ]
  }
}

resource plsSubnet2 'Microsoft.Network/virtualNetworks/subnets@2024-05-01' = {
  parent: vnet
  name: 'snet-pls-2'
  properties: {
    addressPrefix: '10.2.4.0/27'
    privateLinkServiceNetworkPolicies: 'Enabled'
  }
}

resource pls 'Microsoft.Network/privateLinkServices@2024-05-01' = {
  name: 'pls-api'
  location: 'westeurope'
  properties: {
    loadBalancerFrontendIpConfigurations: [
      {
        id: resourceId('Microsoft.Network/loadBalancers/frontendIPConfigurations', 'lb-api', 'fe-internal')
      }
    ]
    ipConfigurations: [
      {
        name: 'nat-1'
        properties: {
          subnet: {
            id: vnet.properties.subnets[1].id
          }
        }
      }
      {
        name: 'nat-2'
        properties: {
          subnet: {
            id: plsSubnet2.id
          }
        }
      }
    ]
  }
}
