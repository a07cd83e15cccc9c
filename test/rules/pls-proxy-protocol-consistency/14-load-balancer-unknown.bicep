// expect: pls-proxy-protocol-consistency 0
// The services' frontend ids come from parameters without values: whether they share a load balancer is unknown.
param frontendA string
param frontendB string

resource plsA 'Microsoft.Network/privateLinkServices@2023-09-01' = {
  name: 'pls-a'
  location: 'westeurope'
  properties: {
    loadBalancerFrontendIpConfigurations: [
      {
        id: frontendA
      }
    ]
    ipConfigurations: [
      {
        name: 'nat-1'
        properties: {
          subnet: {
            id: resourceId('Microsoft.Network/virtualNetworks/subnets', 'vnet-app', 'snet-nat')
          }
        }
      }
    ]
    enableProxyProtocol: true
  }
}

resource plsB 'Microsoft.Network/privateLinkServices@2023-09-01' = {
  name: 'pls-b'
  location: 'westeurope'
  properties: {
    loadBalancerFrontendIpConfigurations: [
      {
        id: frontendB
      }
    ]
    ipConfigurations: [
      {
        name: 'nat-1'
        properties: {
          subnet: {
            id: resourceId('Microsoft.Network/virtualNetworks/subnets', 'vnet-app', 'snet-nat')
          }
        }
      }
    ]
    enableProxyProtocol: false
  }
}
