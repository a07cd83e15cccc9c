// expect: pls-nic-backend-pool 0
// The pool's only address entry has a blank ipAddress: no address is given by IP (ARM rejects the entry itself),
// so nothing proves an IP-based pool.
param location string = resourceGroup().location

resource vnet 'Microsoft.Network/virtualNetworks@2023-09-01' = {
  name: 'vnet-hr'
  location: location
  properties: {
    addressSpace: {
      addressPrefixes: [
        '10.32.0.0/16'
      ]
    }
    subnets: [
      {
        name: 'snet-app'
        properties: {
          addressPrefix: '10.32.0.0/24'
        }
      }
      {
        name: 'snet-pls'
        properties: {
          addressPrefix: '10.32.1.0/27'
          privateLinkServiceNetworkPolicies: 'Disabled'
        }
      }
    ]
  }
}

resource lb 'Microsoft.Network/loadBalancers@2023-09-01' = {
  name: 'lb-hr'
  location: location
  sku: {
    name: 'Standard'
  }
  properties: {
    frontendIPConfigurations: [
      {
        name: 'fe-hr'
        properties: {
          subnet: {
            id: vnet.properties.subnets[0].id
          }
        }
      }
    ]
    backendAddressPools: [
      {
        name: 'be-hr'
        properties: {
          loadBalancerBackendAddresses: [
          {
            name: 'hr-0'
            properties: {
              ipAddress: '  '
              virtualNetwork: {
                id: vnet.id
              }
            }
          }
        ]
        }
      }
    ]
    loadBalancingRules: [
      {
        name: 'all-ports'
        properties: {
          frontendIPConfiguration: {
            id: resourceId('Microsoft.Network/loadBalancers/frontendIPConfigurations', 'lb-hr', 'fe-hr')
          }
          backendAddressPool: {
            id: resourceId('Microsoft.Network/loadBalancers/backendAddressPools', 'lb-hr', 'be-hr')
          }
          protocol: 'All'
          frontendPort: 0
          backendPort: 0
        }
      }
    ]
  }
}

resource pls 'Microsoft.Network/privateLinkServices@2023-09-01' = {
  name: 'pls-hr'
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
            id: vnet.properties.subnets[1].id
          }
        }
      }
    ]
  }
}
