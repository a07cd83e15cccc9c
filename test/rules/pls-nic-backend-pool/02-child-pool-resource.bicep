// expect: pls-nic-backend-pool 1
// expect-line: 67
param location string = resourceGroup().location

var lbName = 'lb-crm'

resource vnet 'Microsoft.Network/virtualNetworks@2023-09-01' existing = {
  name: 'vnet-crm'
}

resource lb 'Microsoft.Network/loadBalancers@2023-09-01' = {
  name: lbName
  location: location
  sku: {
    name: 'Standard'
  }
  properties: {
    frontendIPConfigurations: [
      {
        name: 'fe-crm'
        properties: {
          subnet: {
            id: '${vnet.id}/subnets/snet-app'
          }
        }
      }
    ]
    probes: [
      {
        name: 'probe-8080'
        properties: {
          protocol: 'Tcp'
          port: 8080
        }
      }
    ]
    loadBalancingRules: [
      {
        name: 'rule-8080'
        properties: {
          frontendIPConfiguration: {
            id: resourceId('Microsoft.Network/loadBalancers/frontendIPConfigurations', lbName, 'fe-crm')
          }
          backendAddressPool: {
            id: resourceId('Microsoft.Network/loadBalancers/backendAddressPools', lbName, 'be-crm')
          }
          probe: {
            id: resourceId('Microsoft.Network/loadBalancers/probes', lbName, 'probe-8080')
          }
          protocol: 'Tcp'
          frontendPort: 8080
          backendPort: 8080
        }
      }
    ]
  }
}

resource pool 'Microsoft.Network/loadBalancers/backendAddressPools@2023-09-01' = {
  parent: lb
  name: 'be-crm'
  properties: {
    loadBalancerBackendAddresses: [
      {
        name: 'crm-1'
        properties: {
          ipAddress: '10.31.0.4'
          virtualNetwork: {
            id: vnet.id
          }
        }
      }
    ]
  }
}

resource pls 'Microsoft.Network/privateLinkServices@2023-09-01' = {
  name: 'pls-crm'
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
            id: '${vnet.id}/subnets/snet-pls'
          }
        }
      }
    ]
  }
}
