// expect: pls-subnet-network-policies 0
// One service's NAT configurations come from a parameter; another's NAT subnet id is a parameter: neither subnet
// can be told.
param natConfigurations array
param natSubnetId string

resource vnet 'Microsoft.Network/virtualNetworks@2024-05-01' = {
  name: 'vnet-app'
  location: 'westeurope'
  properties: {
    addressSpace: {
      addressPrefixes: [
        '10.1.0.0/16'
      ]
    }
    subnets: [
      {
        name: 'snet-nat'
        properties: {
          addressPrefix: '10.1.1.0/24'
        }
      }
    ]
  }
}

resource plsList 'Microsoft.Network/privateLinkServices@2023-09-01' = {
  name: 'pls-list'
  location: 'westeurope'
  properties: {
    loadBalancerFrontendIpConfigurations: [
      {
        id: resourceId('Microsoft.Network/loadBalancers/frontendIPConfigurations', 'lb-app', 'fe')
      }
    ]
    ipConfigurations: natConfigurations
  }
}

resource plsId 'Microsoft.Network/privateLinkServices@2023-09-01' = {
  name: 'pls-id'
  location: 'westeurope'
  properties: {
    loadBalancerFrontendIpConfigurations: [
      {
        id: resourceId('Microsoft.Network/loadBalancers/frontendIPConfigurations', 'lb-app', 'fe')
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
  }
}
