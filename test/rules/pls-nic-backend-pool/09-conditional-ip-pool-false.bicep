// expect: pls-nic-backend-pool 0
param location string = resourceGroup().location
param natSubnetId string

var useIpBasedPool = false

resource lb 'Microsoft.Network/loadBalancers@2023-09-01' = {
  name: 'lb-cond'
  location: location
  sku: {
    name: 'Standard'
  }
  properties: {
    frontendIPConfigurations: [
      {
        name: 'fe'
        properties: {
          subnet: {
            id: resourceId('Microsoft.Network/virtualNetworks/subnets', 'vnet-cond', 'snet-app')
          }
        }
      }
    ]
    loadBalancingRules: [
      {
        name: 'tcp-443'
        properties: {
          frontendIPConfiguration: {
            id: resourceId('Microsoft.Network/loadBalancers/frontendIPConfigurations', 'lb-cond', 'fe')
          }
          backendAddressPool: {
            id: resourceId('Microsoft.Network/loadBalancers/backendAddressPools', 'lb-cond', 'be')
          }
          protocol: 'Tcp'
          frontendPort: 443
          backendPort: 443
        }
      }
    ]
  }
}

resource ipPool 'Microsoft.Network/loadBalancers/backendAddressPools@2023-09-01' = if (useIpBasedPool) {
  parent: lb
  name: 'be'
  properties: {
    loadBalancerBackendAddresses: [
      {
        name: 'vm-1'
        properties: {
          ipAddress: '10.35.0.4'
          virtualNetwork: {
            id: resourceId('Microsoft.Network/virtualNetworks', 'vnet-cond')
          }
        }
      }
    ]
  }
}

resource nicPool 'Microsoft.Network/loadBalancers/backendAddressPools@2023-09-01' = if (!useIpBasedPool) {
  parent: lb
  name: 'be'
}

resource pls 'Microsoft.Network/privateLinkServices@2023-09-01' = {
  name: 'pls-cond'
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
            id: natSubnetId
          }
        }
      }
    ]
  }
}
