// expect: pls-nic-backend-pool 0
resource lb 'Microsoft.Network/loadBalancers@2023-09-01' = {
  name: 'lb-empty'
  location: resourceGroup().location
  sku: {
    name: 'Standard'
  }
  properties: {
    frontendIPConfigurations: [
      {
        name: 'fe'
        properties: {
          subnet: {
            id: resourceId('Microsoft.Network/virtualNetworks/subnets', 'vnet-empty', 'snet-app')
          }
        }
      }
    ]
    backendAddressPools: [
      {
        name: 'be'
        properties: {
          loadBalancerBackendAddresses: []
        }
      }
    ]
    loadBalancingRules: [
      {
        name: 'tcp-443'
        properties: {
          frontendIPConfiguration: {
            id: resourceId('Microsoft.Network/loadBalancers/frontendIPConfigurations', 'lb-empty', 'fe')
          }
          backendAddressPool: {
            id: resourceId('Microsoft.Network/loadBalancers/backendAddressPools', 'lb-empty', 'be')
          }
          protocol: 'Tcp'
          frontendPort: 443
          backendPort: 443
        }
      }
    ]
  }
}

resource pls 'Microsoft.Network/privateLinkServices@2023-09-01' = {
  name: 'pls-empty'
  location: resourceGroup().location
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
            id: resourceId('Microsoft.Network/virtualNetworks/subnets', 'vnet-empty', 'snet-pls')
          }
        }
      }
    ]
  }
}
