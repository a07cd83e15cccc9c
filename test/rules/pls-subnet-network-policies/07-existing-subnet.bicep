// expect: pls-subnet-network-policies 0
param location string = resourceGroup().location

resource vnet 'Microsoft.Network/virtualNetworks@2023-09-01' existing = {
  name: 'vnet-landingzone'

  resource natSubnet 'subnets' existing = {
    name: 'snet-pls-nat'
  }
}

resource pls 'Microsoft.Network/privateLinkServices@2023-09-01' = {
  name: 'pls-landingzone'
  location: location
  properties: {
    loadBalancerFrontendIpConfigurations: [
      {
        id: resourceId('Microsoft.Network/loadBalancers/frontendIPConfigurations', 'lb-landingzone', 'fe')
      }
    ]
    ipConfigurations: [
      {
        name: 'nat-1'
        properties: {
          subnet: {
            id: vnet::natSubnet.id
          }
        }
      }
    ]
  }
}
