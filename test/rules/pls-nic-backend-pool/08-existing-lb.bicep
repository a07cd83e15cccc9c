// expect: pls-nic-backend-pool 0
param location string = resourceGroup().location

resource lb 'Microsoft.Network/loadBalancers@2023-09-01' existing = {
  name: 'lb-platform'
}

resource ipPool 'Microsoft.Network/loadBalancers/backendAddressPools@2023-09-01' existing = {
  parent: lb
  name: 'be-ip'
}

resource pls 'Microsoft.Network/privateLinkServices@2023-09-01' = {
  name: 'pls-platform'
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
            id: resourceId('Microsoft.Network/virtualNetworks/subnets', 'vnet-platform', 'snet-pls')
          }
        }
      }
    ]
  }
}

output poolId string = ipPool.id
