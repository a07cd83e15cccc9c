// expect: pls-standard-load-balancer 1
param location string = resourceGroup().location

resource vnet 'Microsoft.Network/virtualNetworks@2023-09-01' existing = {
  name: 'vnet-provider'

  resource appSubnet 'subnets' existing = {
    name: 'snet-app'
  }

  resource natSubnet 'subnets' existing = {
    name: 'snet-pls-nat'
  }
}

resource lb 'Microsoft.Network/loadBalancers@2023-09-01' = {
  name: 'lb-inventory'
  location: location
  properties: {
    frontendIPConfigurations: [
      {
        name: 'fe-inventory'
        properties: {
          privateIPAllocationMethod: 'Dynamic'
          subnet: {
            id: vnet::appSubnet.id
          }
        }
      }
    ]
    backendAddressPools: [
      {
        name: 'be-inventory'
      }
    ]
  }
}

resource pls 'Microsoft.Network/privateLinkServices@2023-09-01' = {
  name: 'pls-inventory'
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
          primary: true
          privateIPAllocationMethod: 'Dynamic'
          subnet: {
            id: vnet::natSubnet.id
          }
        }
      }
    ]
  }
}
