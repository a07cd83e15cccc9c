// expect: pls-same-region 0
param location string = 'uksouth'

resource lb 'Microsoft.Network/loadBalancers@2023-09-01' existing = {
  name: 'lb-core'
  scope: resourceGroup('rg-core-ukwest')
}

resource vnet 'Microsoft.Network/virtualNetworks@2023-09-01' existing = {
  name: 'vnet-core'
  scope: resourceGroup('rg-core-ukwest')

  resource natSubnet 'subnets' existing = {
    name: 'snet-pls'
  }
}

resource pls 'Microsoft.Network/privateLinkServices@2023-09-01' = {
  name: 'pls-core'
  location: location
  properties: {
    loadBalancerFrontendIpConfigurations: [
      {
        id: lb.properties.frontendIPConfigurations[0].id
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
