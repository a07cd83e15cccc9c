// expect: pls-subnet-network-policies 1
// expect-message: natSubnetPolicies
param location string = resourceGroup().location
@allowed([
  'Enabled'
  'Disabled'
])
param natSubnetPolicies string = 'Enabled'

resource vnet 'Microsoft.Network/virtualNetworks@2023-09-01' = {
  name: 'vnet-ingest'
  location: location
  properties: {
    addressSpace: {
      addressPrefixes: [
        '10.12.0.0/16'
      ]
    }
    subnets: [
      {
        name: 'snet-app'
        properties: {
          addressPrefix: '10.12.0.0/24'
        }
      }
      {
        name: 'snet-nat'
        properties: {
          addressPrefix: '10.12.1.0/27'
          privateLinkServiceNetworkPolicies: natSubnetPolicies
        }
      }
    ]
  }
}

resource pls 'Microsoft.Network/privateLinkServices@2023-09-01' = {
  name: 'pls-ingest'
  location: location
  properties: {
    loadBalancerFrontendIpConfigurations: [
      {
        id: resourceId('Microsoft.Network/loadBalancers/frontendIPConfigurations', 'lb-ingest', 'fe')
      }
    ]
    ipConfigurations: [
      {
        name: 'nat-1'
        properties: {
          subnet: {
            id: resourceId('Microsoft.Network/virtualNetworks/subnets', vnet.name, 'snet-nat')
          }
        }
      }
    ]
  }
}
