// expect: pls-subnet-network-policies 1
// expect-line: 24
param location string = resourceGroup().location

resource vnet 'Microsoft.Network/virtualNetworks@2023-09-01' = {
  name: 'vnet-geo'
  location: location
  properties: {
    addressSpace: {
      addressPrefixes: [
        '10.14.0.0/16'
      ]
    }
  }

  resource appSubnet 'subnets' = {
    name: 'snet-app'
    properties: {
      addressPrefix: '10.14.0.0/24'
    }
  }

  resource natSubnet 'subnets' = {
    name: 'snet-nat'
    properties: {
      addressPrefix: '10.14.1.0/27'
    }
  }
}

resource lb 'Microsoft.Network/loadBalancers@2023-09-01' = {
  name: 'lb-geo'
  location: location
  sku: {
    name: 'Standard'
  }
  properties: {
    frontendIPConfigurations: [
      {
        name: 'fe-geo'
        properties: {
          subnet: {
            id: vnet::appSubnet.id
          }
        }
      }
    ]
  }
}

resource pls 'Microsoft.Network/privateLinkServices@2023-09-01' = {
  name: 'pls-geo'
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
