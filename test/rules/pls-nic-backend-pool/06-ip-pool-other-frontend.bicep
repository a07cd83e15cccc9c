// expect: pls-nic-backend-pool 0
param location string = resourceGroup().location

resource lb 'Microsoft.Network/loadBalancers@2023-09-01' = {
  name: 'lb-mixed'
  location: location
  sku: {
    name: 'Standard'
  }
  properties: {
    frontendIPConfigurations: [
      {
        name: 'fe-private-link'
        properties: {
          subnet: {
            id: resourceId('Microsoft.Network/virtualNetworks/subnets', 'vnet-mixed', 'snet-app')
          }
        }
      }
      {
        name: 'fe-internal-tools'
        properties: {
          subnet: {
            id: resourceId('Microsoft.Network/virtualNetworks/subnets', 'vnet-mixed', 'snet-app')
          }
        }
      }
    ]
    backendAddressPools: [
      {
        name: 'be-vmss'
      }
      {
        name: 'be-tools-ip'
        properties: {
          loadBalancerBackendAddresses: [
            {
              name: 'tools-1'
              properties: {
                ipAddress: '10.34.0.50'
                virtualNetwork: {
                  id: resourceId('Microsoft.Network/virtualNetworks', 'vnet-mixed')
                }
              }
            }
          ]
        }
      }
    ]
    loadBalancingRules: [
      {
        name: 'pl-443'
        properties: {
          frontendIPConfiguration: {
            id: resourceId('Microsoft.Network/loadBalancers/frontendIPConfigurations', 'lb-mixed', 'fe-private-link')
          }
          backendAddressPool: {
            id: resourceId('Microsoft.Network/loadBalancers/backendAddressPools', 'lb-mixed', 'be-vmss')
          }
          protocol: 'Tcp'
          frontendPort: 443
          backendPort: 443
        }
      }
      {
        name: 'tools-22'
        properties: {
          frontendIPConfiguration: {
            id: resourceId('Microsoft.Network/loadBalancers/frontendIPConfigurations', 'lb-mixed', 'fe-internal-tools')
          }
          backendAddressPool: {
            id: resourceId('Microsoft.Network/loadBalancers/backendAddressPools', 'lb-mixed', 'be-tools-ip')
          }
          protocol: 'Tcp'
          frontendPort: 22
          backendPort: 22
        }
      }
    ]
  }
}

resource pls 'Microsoft.Network/privateLinkServices@2023-09-01' = {
  name: 'pls-mixed'
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
            id: resourceId('Microsoft.Network/virtualNetworks/subnets', 'vnet-mixed', 'snet-pls')
          }
        }
      }
    ]
  }
}
