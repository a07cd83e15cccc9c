// e2e fixture: a load balancer without a SKU (Basic by default) behind a Private Link service, with so many rules that
// the quick fix writes its SKU far below the finding, out of view.

resource vnet 'Microsoft.Network/virtualNetworks@2023-11-01' = {
  name: 'vnet-e2e-long'
  location: 'westeurope'
  properties: {
    addressSpace: {
      addressPrefixes: ['10.60.0.0/16']
    }
    subnets: [
      {
        name: 'snet-frontend'
        properties: {
          addressPrefix: '10.60.1.0/24'
          privateLinkServiceNetworkPolicies: 'Disabled'
        }
      }
    ]
  }
}

resource lb 'Microsoft.Network/loadBalancers@2023-11-01' = {
  name: 'lb-e2e-long'
  location: 'westeurope'
  properties: {
    frontendIPConfigurations: [
      {
        name: 'frontend'
        properties: {
          subnet: {
            id: vnet.properties.subnets[0].id
          }
        }
      }
    ]
    backendAddressPools: [
      {
        name: 'pool'
      }
    ]
    loadBalancingRules: [
      {
        name: 'rule-80'
        properties: {
          frontendIPConfiguration: {
            id: resourceId('Microsoft.Network/loadBalancers/frontendIPConfigurations', 'lb-e2e-long', 'frontend')
          }
          backendAddressPool: {
            id: resourceId('Microsoft.Network/loadBalancers/backendAddressPools', 'lb-e2e-long', 'pool')
          }
          probe: {
            id: resourceId('Microsoft.Network/loadBalancers/probes', 'lb-e2e-long', 'probe-80')
          }
          protocol: 'Tcp'
          frontendPort: 80
          backendPort: 80
        }
      }
      {
        name: 'rule-443'
        properties: {
          frontendIPConfiguration: {
            id: resourceId('Microsoft.Network/loadBalancers/frontendIPConfigurations', 'lb-e2e-long', 'frontend')
          }
          backendAddressPool: {
            id: resourceId('Microsoft.Network/loadBalancers/backendAddressPools', 'lb-e2e-long', 'pool')
          }
          probe: {
            id: resourceId('Microsoft.Network/loadBalancers/probes', 'lb-e2e-long', 'probe-443')
          }
          protocol: 'Tcp'
          frontendPort: 443
          backendPort: 443
        }
      }
      {
        name: 'rule-8080'
        properties: {
          frontendIPConfiguration: {
            id: resourceId('Microsoft.Network/loadBalancers/frontendIPConfigurations', 'lb-e2e-long', 'frontend')
          }
          backendAddressPool: {
            id: resourceId('Microsoft.Network/loadBalancers/backendAddressPools', 'lb-e2e-long', 'pool')
          }
          probe: {
            id: resourceId('Microsoft.Network/loadBalancers/probes', 'lb-e2e-long', 'probe-8080')
          }
          protocol: 'Tcp'
          frontendPort: 8080
          backendPort: 8080
        }
      }
      {
        name: 'rule-8443'
        properties: {
          frontendIPConfiguration: {
            id: resourceId('Microsoft.Network/loadBalancers/frontendIPConfigurations', 'lb-e2e-long', 'frontend')
          }
          backendAddressPool: {
            id: resourceId('Microsoft.Network/loadBalancers/backendAddressPools', 'lb-e2e-long', 'pool')
          }
          probe: {
            id: resourceId('Microsoft.Network/loadBalancers/probes', 'lb-e2e-long', 'probe-8443')
          }
          protocol: 'Tcp'
          frontendPort: 8443
          backendPort: 8443
        }
      }
      {
        name: 'rule-5000'
        properties: {
          frontendIPConfiguration: {
            id: resourceId('Microsoft.Network/loadBalancers/frontendIPConfigurations', 'lb-e2e-long', 'frontend')
          }
          backendAddressPool: {
            id: resourceId('Microsoft.Network/loadBalancers/backendAddressPools', 'lb-e2e-long', 'pool')
          }
          probe: {
            id: resourceId('Microsoft.Network/loadBalancers/probes', 'lb-e2e-long', 'probe-5000')
          }
          protocol: 'Tcp'
          frontendPort: 5000
          backendPort: 5000
        }
      }
      {
        name: 'rule-5001'
        properties: {
          frontendIPConfiguration: {
            id: resourceId('Microsoft.Network/loadBalancers/frontendIPConfigurations', 'lb-e2e-long', 'frontend')
          }
          backendAddressPool: {
            id: resourceId('Microsoft.Network/loadBalancers/backendAddressPools', 'lb-e2e-long', 'pool')
          }
          probe: {
            id: resourceId('Microsoft.Network/loadBalancers/probes', 'lb-e2e-long', 'probe-5001')
          }
          protocol: 'Tcp'
          frontendPort: 5001
          backendPort: 5001
        }
      }
      {
        name: 'rule-6000'
        properties: {
          frontendIPConfiguration: {
            id: resourceId('Microsoft.Network/loadBalancers/frontendIPConfigurations', 'lb-e2e-long', 'frontend')
          }
          backendAddressPool: {
            id: resourceId('Microsoft.Network/loadBalancers/backendAddressPools', 'lb-e2e-long', 'pool')
          }
          probe: {
            id: resourceId('Microsoft.Network/loadBalancers/probes', 'lb-e2e-long', 'probe-6000')
          }
          protocol: 'Tcp'
          frontendPort: 6000
          backendPort: 6000
        }
      }
      {
        name: 'rule-6001'
        properties: {
          frontendIPConfiguration: {
            id: resourceId('Microsoft.Network/loadBalancers/frontendIPConfigurations', 'lb-e2e-long', 'frontend')
          }
          backendAddressPool: {
            id: resourceId('Microsoft.Network/loadBalancers/backendAddressPools', 'lb-e2e-long', 'pool')
          }
          probe: {
            id: resourceId('Microsoft.Network/loadBalancers/probes', 'lb-e2e-long', 'probe-6001')
          }
          protocol: 'Tcp'
          frontendPort: 6001
          backendPort: 6001
        }
      }
      {
        name: 'rule-7000'
        properties: {
          frontendIPConfiguration: {
            id: resourceId('Microsoft.Network/loadBalancers/frontendIPConfigurations', 'lb-e2e-long', 'frontend')
          }
          backendAddressPool: {
            id: resourceId('Microsoft.Network/loadBalancers/backendAddressPools', 'lb-e2e-long', 'pool')
          }
          probe: {
            id: resourceId('Microsoft.Network/loadBalancers/probes', 'lb-e2e-long', 'probe-7000')
          }
          protocol: 'Tcp'
          frontendPort: 7000
          backendPort: 7000
        }
      }
      {
        name: 'rule-7001'
        properties: {
          frontendIPConfiguration: {
            id: resourceId('Microsoft.Network/loadBalancers/frontendIPConfigurations', 'lb-e2e-long', 'frontend')
          }
          backendAddressPool: {
            id: resourceId('Microsoft.Network/loadBalancers/backendAddressPools', 'lb-e2e-long', 'pool')
          }
          probe: {
            id: resourceId('Microsoft.Network/loadBalancers/probes', 'lb-e2e-long', 'probe-7001')
          }
          protocol: 'Tcp'
          frontendPort: 7001
          backendPort: 7001
        }
      }
    ]
    probes: [
      {
        name: 'probe-80'
        properties: {
          protocol: 'Tcp'
          port: 80
        }
      }
      {
        name: 'probe-443'
        properties: {
          protocol: 'Tcp'
          port: 443
        }
      }
      {
        name: 'probe-8080'
        properties: {
          protocol: 'Tcp'
          port: 8080
        }
      }
      {
        name: 'probe-8443'
        properties: {
          protocol: 'Tcp'
          port: 8443
        }
      }
      {
        name: 'probe-5000'
        properties: {
          protocol: 'Tcp'
          port: 5000
        }
      }
      {
        name: 'probe-5001'
        properties: {
          protocol: 'Tcp'
          port: 5001
        }
      }
      {
        name: 'probe-6000'
        properties: {
          protocol: 'Tcp'
          port: 6000
        }
      }
      {
        name: 'probe-6001'
        properties: {
          protocol: 'Tcp'
          port: 6001
        }
      }
      {
        name: 'probe-7000'
        properties: {
          protocol: 'Tcp'
          port: 7000
        }
      }
      {
        name: 'probe-7001'
        properties: {
          protocol: 'Tcp'
          port: 7001
        }
      }
    ]
  }
}

resource pls 'Microsoft.Network/privateLinkServices@2023-11-01' = {
  name: 'pls-e2e-long'
  location: 'westeurope'
  properties: {
    loadBalancerFrontendIpConfigurations: [
      {
        id: lb.properties.frontendIPConfigurations[0].id
      }
    ]
    ipConfigurations: [
      {
        name: 'nat'
        properties: {
          privateIPAllocationMethod: 'Dynamic'
          subnet: {
            id: vnet.properties.subnets[0].id
          }
        }
      }
    ]
    visibility: {
      subscriptions: ['00000000-0000-0000-0000-000000000000']
    }
  }
}
